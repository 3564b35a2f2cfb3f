package org.reloadj.cli.node;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.reloadj.api.NodeId;
import org.reloadj.config.OverlayConfiguration;
import org.reloadj.config.OverlayConfigurations;
import org.reloadj.enrollment.EnrollmentServer;
import org.reloadj.enrollment.EnrollmentSettings;
import org.reloadj.enrollment.UserStore;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.issue.OverlayCa;
import org.reloadj.security.issue.OverlayCaStore;

/**
 * A new overlay run from a home folder (RFC 6940, 11): its CA in {@code ca/}, its Configuration
 * Document in {@code overlay.xml} ({@link OverlayDocument}), and its enrollment and configuration
 * server (11.2, 11.3) serving that document, with the accounts given. A home that already holds an
 * overlay is reopened as it is: same CA, same document, same ports.
 */
public final class NewOverlay implements AutoCloseable {
    private final OverlayConfigurations document;
    private final EnrollmentServer server;

    private NewOverlay(OverlayConfigurations document, EnrollmentServer server) {
        this.document = document;
        this.server = server;
    }

    /**
     * Creates, or reopens, the overlay {@code name} in {@code home}, whose first peer listens at
     * {@code node} and whose enrollment server at {@code enrollment}; adds or updates the accounts of
     * {@code users}.
     *
     * @throws IOException when the home holds another overlay, or a file or port cannot be used
     */
    public static NewOverlay open(Home home, String name, InetSocketAddress node, InetSocketAddress enrollment,
            List<UserPassword> users) throws IOException, InterruptedException {
        OverlayCaStore caStore = new OverlayCaStore(home.ca());
        OverlayConfigurations document;
        InetSocketAddress bind = enrollment;
        if (caStore.exists() && Files.exists(home.overlayXml())) {
            document = DocumentSource.read(home.overlayXml().toString());
            OverlayConfiguration c = DocumentSource.first(document);
            if (!c.instanceName().equals(name)) {
                throw new IOException(home.dir() + " holds overlay " + c.instanceName() + ", not " + name
                        + " (use another --home)");
            }
            bind = new InetSocketAddress(enrollment.getAddress(), URI.create(c.enrollmentServers().get(0)).getPort());
        } else {
            OverlayCa ca = caStore.loadOrCreate(name, KeyAlgorithm.ECDSA_P256, Clock.systemUTC());
            URI url = URI.create("https://" + name + ":" + enrollment.getPort() + EnrollmentSettings.DEFAULT_ENROLL_PATH);
            document = OverlayDocument.create(name, ca.rootCertificate(), url, node);
            DocumentSource.save(document, home.overlayXml());
        }
        UserStore accounts = UserStore.open(home.ca());
        for (UserPassword user : users) {
            accounts.setPassword(user.name(), user.password());
        }
        EnrollmentSettings settings = new EnrollmentSettings(name, home.ca(), bind, EnrollmentSettings.DEFAULT_ENROLL_PATH,
                EnrollmentSettings.DEFAULT_MAX_NODE_IDS, NodeId.MIN_LENGTH, KeyAlgorithm.ECDSA_P256,
                Optional.of(home.overlayXml()), EnrollmentSettings.DEFAULT_MAX_REQUEST_BYTES, Duration.ofDays(365),
                Clock.systemUTC());
        return new NewOverlay(document, EnrollmentServer.start(settings, accounts));
    }

    /** The Configuration Document. */
    public OverlayConfigurations document() {
        return document;
    }

    /** The enrollment and configuration server. */
    public EnrollmentServer server() {
        return server;
    }

    /** Stops the enrollment server. */
    @Override
    public void close() {
        server.close();
    }
}
