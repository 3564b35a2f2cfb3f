package org.reloadj.api.node;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;
import org.reloadj.api.Identifier;
import org.reloadj.api.NodeId;
import org.reloadj.api.kind.KindDefinition;
import org.reloadj.api.overlay.Overlay;

/**
 * One running node (RFC 6940, 1.2) as its operator sees it: the {@link Overlay} it gives
 * applications, and its state, routing tables, kinds, message trace and leaving. A node
 * registers it as an OSGi service, beside its Overlay, with the service properties
 * {@value #OVERLAY_NAME}, {@value #NODE_ID} and {@value #ADDRESS}; several nodes in one framework
 * are told apart by them. Thread-safe: every method may be called from any thread.
 */
@ProviderType
public interface OverlayNode {
    /** Service property: the overlay's instance-name. */
    String OVERLAY_NAME = "overlay.name";
    /** Service property: the node's Node-ID in hex. */
    String NODE_ID = "node.id";
    /** Service property: {@code host:port} the node accepts links on. */
    String ADDRESS = "node.address";

    /** The application API of this node. */
    Overlay overlay();

    /** The node's state now. */
    NodeStatus status();

    /** The Neighbor Table (1.2.3), nearest first where the topology orders it. */
    List<NodeId> neighbors();

    /** The other peers of the Routing Table, e.g. CHORD-RELOAD's fingers (10.3). */
    List<NodeId> fingers();

    /** The kinds the node knows now: the configuration's and those of the usages registered. */
    List<KindDefinition> kinds();

    /** The next hops this node would forward a message for {@code destination} to (6.1.2); empty: no route. */
    List<NodeId> route(Identifier<?> destination);

    /**
     * Starts writing every message the node sends and receives to {@code file}, a pcap file for
     * Wireshark's RELOAD dissector; a trace already running is stopped first.
     *
     * @throws IOException when the file cannot be written
     */
    void startTrace(Path file) throws IOException;

    /**
     * Stops the message trace; returns the file it was written to, or empty when none ran.
     *
     * @throws IOException when the file cannot be completed
     */
    Optional<Path> stopTrace() throws IOException;

    /**
     * The node's certificate chain (11.3): its certificate first, then its issuers; what it
     * publishes in the Certificate Store (8).
     */
    List<X509Certificate> certificateChain();

    /** Leaves the overlay (6.4.2.2): tells the neighbours and stops taking part. */
    CompletionStage<Void> leave();
}
