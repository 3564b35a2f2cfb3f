package org.reloadj.itests;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.ops4j.pax.exam.Option;

/**
 * The bundles every in-framework test installs: ReloadJ's own, their Netty and Bouncy Castle
 * dependencies, Declarative Services, Config Admin, the Gogo runtime and Awaitility, copied by the build into the folder named by the {@code reloadj.bundles}
 * property (Pax Exam cannot see reactor SNAPSHOTs through mvn: URLs, stack.md).
 */
final class FrameworkBundles {
    private FrameworkBundles() {
    }

    static Option[] all() {
        List<Option> options = new ArrayList<>();
        jars().forEach(p -> options.add(bundle(p.toUri().toString())));
        options.add(junitBundles());
        return options.toArray(new Option[0]);
    }

    /** The number of ReloadJ's own bundles installed. */
    static long reloadjBundleCount() {
        return jars().stream().filter(p -> p.getFileName().toString().startsWith("reload-")).count();
    }

    /** Whether the TLS link bundle declares Declarative Services components (its provider service). */
    static boolean tlsLinkBundleHasComponents() {
        Path tls = jars().stream().filter(p -> p.getFileName().toString().startsWith("reload-link-tls-")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no reload-link-tls bundle to install"));
        try (JarFile jar = new JarFile(tls.toFile())) {
            return jar.getManifest().getMainAttributes().getValue("Service-Component") != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> jars() {
        String dir = System.getProperty("reloadj.bundles");
        if (dir == null || dir.isEmpty()) {
            throw new IllegalStateException("system property reloadj.bundles is not set (run through Maven)");
        }
        try (Stream<Path> jars = Files.list(Path.of(dir))) {
            return jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
