package org.reloadj.core.runtime;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;
import org.reloadj.config.OverlayConfiguration;
import org.reloadj.config.OverlayConfigurations;
import org.reloadj.security.Credentials;

/**
 * What one node is made of, before it runs: its overlay's Configuration Document and the
 * configuration of that overlay in it (RFC 6940, 11.1), its credentials (11.3), the address it
 * accepts links on, whether it is a client (4.2), and the bootstrap nodes it contacts (11.4;
 * empty: those of the configuration).
 *
 * @param document    the Configuration Document
 * @param overlayName the instance-name of the configuration to use
 * @param credentials the node's key and certificate; it uses the certificate's first Node-ID
 * @param listen      where a peer accepts links (port 0: any free port); a client does not listen
 * @param client      whether the node is a client
 * @param bootstrap   the bootstrap nodes to try in order, or empty for the configuration's
 * @param linkType    the overlay link type (14.10) of the provider to use
 */
public record NodeOptions(OverlayConfigurations document, String overlayName, Credentials credentials,
        InetSocketAddress listen, boolean client, List<InetSocketAddress> bootstrap, String linkType) {
    /** Checks the parts; the document must hold the named overlay. */
    public NodeOptions {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(overlayName, "overlayName");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(listen, "listen");
        bootstrap = List.copyOf(bootstrap);
        Objects.requireNonNull(linkType, "linkType");
        if (document.find(overlayName).isEmpty()) {
            throw new IllegalArgumentException("the configuration document has no configuration of overlay "
                    + overlayName);
        }
    }

    /** The configuration of the overlay. */
    public OverlayConfiguration configuration() {
        return document.find(overlayName).orElseThrow().configuration();
    }

    /** The bootstrap nodes to contact: those given, or else the configuration's (11.1 bootstrap-node). */
    public List<InetSocketAddress> bootstrapNodes() {
        if (!bootstrap.isEmpty()) {
            return bootstrap;
        }
        return configuration().bootstrapNodes().stream()
                .map(b -> new InetSocketAddress(b.address(), b.port())).toList();
    }
}
