package org.reloadj.core.osgi;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The services a dynamic multiple reference holds now: each bind and unbind hands a copy of the
 * whole list to the plain-Java code that uses them.
 *
 * @param <T> the service type
 */
final class Present<T> {
    private final List<T> services = new CopyOnWriteArrayList<>();
    private final Consumer<List<T>> changed;

    Present(Consumer<List<T>> changed) {
        this.changed = changed;
    }

    void add(T service) {
        services.add(service);
        changed.accept(List.copyOf(services));
    }

    void remove(T service) {
        services.remove(service);
        changed.accept(List.copyOf(services));
    }
}
