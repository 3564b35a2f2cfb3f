package org.reloadj.itests;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ops4j.pax.exam.Option;

/**
 * The bundles every in-framework test installs: ReloadJ's own and their Netty and Bouncy Castle
 * dependencies, copied by the build into the folder named by the {@code reloadj.bundles}
 * property (Pax Exam cannot see reactor SNAPSHOTs through mvn: URLs, stack.md).
 */
final class FrameworkBundles {
    private FrameworkBundles() {
    }

    static Option[] all() {
        String dir = System.getProperty("reloadj.bundles");
        if (dir == null || dir.isEmpty()) {
            throw new IllegalStateException("system property reloadj.bundles is not set (run through Maven)");
        }
        List<Option> options = new ArrayList<>();
        try (Stream<Path> jars = Files.list(Path.of(dir))) {
            jars.filter(p -> p.toString().endsWith(".jar")).sorted()
                    .forEach(p -> options.add(bundle(p.toUri().toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.add(junitBundles());
        return options.toArray(new Option[0]);
    }
}
