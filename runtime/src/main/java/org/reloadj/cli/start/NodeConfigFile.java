package org.reloadj.cli.start;

import java.io.IOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.reloadj.cli.node.Home;

/**
 * The node's factory configuration (PID {@value #FACTORY_PID}) as a file FileInstall hands to
 * Config Admin: {@code <home>/etc/org.reloadj.node-node.cfg}, naming the Configuration Document,
 * the credentials and the listening address. The operator may edit it while the node runs: the
 * node is then rebuilt with the new configuration.
 */
final class NodeConfigFile {
    /** The factory PID of ReloadJ's node component. */
    static final String FACTORY_PID = "org.reloadj.node";

    private NodeConfigFile() {
    }

    /** Writes the configuration of the node of {@code home} listening on {@code listen}; returns the file. */
    static Path write(Home home, InetSocketAddress listen) throws IOException {
        Properties p = new Properties();
        p.setProperty("configuration", home.overlayXml().toAbsolutePath().toString());
        p.setProperty("credentials", home.credentials().toAbsolutePath().toString());
        p.setProperty("address", listen.getHostString());
        p.setProperty("port", Integer.toString(listen.getPort()));
        Path file = home.etc().resolve(FACTORY_PID + "-node.cfg");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
            p.store(out, "The ReloadJ node of this home; written by reloadj start");
        }
        return file;
    }
}
