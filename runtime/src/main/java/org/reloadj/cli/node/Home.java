package org.reloadj.cli.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A node's home folder: {@code overlay.xml} (the Configuration Document), {@code credentials/}
 * (the node's key and certificate), {@code ca/} (a new overlay's CA and accounts), {@code deploy/}
 * (bundles and configurations FileInstall installs), {@code etc/} (the node's configuration) and
 * {@code cache/} (the framework's storage).
 *
 * @param dir the folder
 */
public record Home(Path dir) {
    /** The default home: {@code ~/.reloadj}. */
    public static Path defaultDir() {
        return Path.of(System.getProperty("user.home"), ".reloadj");
    }

    /** Makes the folder and its subfolders. */
    public Home create() throws IOException {
        for (Path p : new Path[] {dir, deploy(), etc()}) {
            Files.createDirectories(p);
        }
        return this;
    }

    /** The Configuration Document. */
    public Path overlayXml() {
        return dir.resolve("overlay.xml");
    }

    /** The node's credentials. */
    public Path credentials() {
        return dir.resolve("credentials");
    }

    /** A new overlay's CA, accounts and Node-ID assignments. */
    public Path ca() {
        return dir.resolve("ca");
    }

    /** Bundles and configurations dropped here are installed at once. */
    public Path deploy() {
        return dir.resolve("deploy");
    }

    /** The node's own configuration. */
    public Path etc() {
        return dir.resolve("etc");
    }

    /** The framework's storage. */
    public Path cache() {
        return dir.resolve("cache");
    }
}
