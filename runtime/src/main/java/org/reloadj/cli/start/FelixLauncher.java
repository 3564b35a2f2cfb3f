package org.reloadj.cli.start;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.reloadj.cli.node.Home;

/**
 * Starts Apache Felix for a node's home: its storage in {@code <home>/cache} (cleaned at each
 * start, the bundles being those of the distribution), every bundle of the distribution's
 * {@code bundle/} folder installed and started, FileInstall watching {@code <home>/deploy} (for
 * bundles and configurations dropped in) and {@code <home>/etc} (for the node's configuration),
 * and the Gogo shell on the console unless told otherwise.
 */
final class FelixLauncher {
    private FelixLauncher() {
    }

    /** The distribution's {@code bundle/} folder, found from the launcher's own jar in {@code lib/}. */
    static Path bundleDir() {
        String override = System.getProperty("reloadj.bundles");
        if (override != null) {
            return Path.of(override);
        }
        try {
            Path jar = Path.of(FelixLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent().resolveSibling("bundle");
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the launcher's location is not a file", e);
        }
    }

    /**
     * Starts a framework for {@code home} with the bundles of {@code bundles}; {@code shell}: a
     * Gogo shell on standard input and output; {@code beforeStart} is given the framework's
     * context before any bundle starts.
     */
    static Framework start(Home home, Path bundles, boolean shell, Consumer<BundleContext> beforeStart)
            throws IOException, BundleException {
        Map<String, String> properties = new HashMap<>();
        properties.put(Constants.FRAMEWORK_STORAGE, home.cache().toAbsolutePath().toString());
        properties.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        properties.put("felix.fileinstall.dir", home.deploy().toAbsolutePath() + "," + home.etc().toAbsolutePath());
        properties.put("felix.fileinstall.poll", "1000");
        properties.put("felix.fileinstall.noInitialDelay", "true");
        properties.put("felix.fileinstall.enableConfigSave", "false");
        properties.put("felix.fileinstall.log.level", "2");
        properties.put("gosh.args", shell ? "" : "--nointeractive");
        Framework framework = new FrameworkFactory().newFramework(properties);
        framework.init();
        beforeStart.accept(framework.getBundleContext());
        List<Bundle> installed = new ArrayList<>();
        try (Stream<Path> jars = Files.list(bundles)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                installed.add(framework.getBundleContext().installBundle(jar.toUri().toString()));
            }
        }
        framework.start();
        for (Bundle bundle : installed) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                try {
                    bundle.start();
                } catch (BundleException e) {
                    System.err.println("reloadj: bundle " + bundle.getSymbolicName() + " does not start: " + e.getMessage());
                }
            }
        }
        return framework;
    }
}
