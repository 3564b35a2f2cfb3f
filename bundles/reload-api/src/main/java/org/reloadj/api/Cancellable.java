package org.reloadj.api;

/** Something that can be called off: a timer, a listener registration. */
@FunctionalInterface
public interface Cancellable {
    /** Calls it off; harmless when already done or cancelled. */
    void cancel();
}
