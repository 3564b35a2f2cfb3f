package org.reloadj.core.peer;

import java.util.Objects;
import java.util.Optional;
import org.reloadj.core.node.Node;
import org.reloadj.core.overlay.NodeOverlay;
import org.reloadj.core.security.OverlaySecurity;
import org.reloadj.core.usage.UsageRegistry;

/**
 * A RELOAD node with everything connected (RFC 6940, 1.2): the message transport and forwarding
 * ({@link Node}), certificate-based message and stored-data security, the kinds of the
 * configuration and of the usages registered ({@link UsageRegistry}), the storage of a peer
 * ({@link StorageService}; a client has none, 4.2) and the application API ({@link NodeOverlay}).
 * Built by {@link ReloadNodeBuilder}.
 */
public final class ReloadNode {
    private final Node node;
    private final OverlaySecurity security;
    private final UsageRegistry usages;
    private final Optional<StorageService> storage;
    private final NodeOverlay overlay;

    ReloadNode(Node node, OverlaySecurity security, UsageRegistry usages, Optional<StorageService> storage,
            NodeOverlay overlay) {
        this.node = Objects.requireNonNull(node, "node");
        this.security = security;
        this.usages = usages;
        this.storage = storage;
        this.overlay = overlay;
    }

    /** A builder of nodes. */
    public static ReloadNodeBuilder builder() {
        return new ReloadNodeBuilder();
    }

    /** The message transport: links, routing, requests. */
    public Node node() {
        return node;
    }

    /** The application API. */
    public NodeOverlay overlay() {
        return overlay;
    }

    /** The usages registered, and the kinds the node knows. */
    public UsageRegistry usages() {
        return usages;
    }

    /** The storage of a peer; empty for a client (4.2). */
    public Optional<StorageService> storage() {
        return storage;
    }

    /** The node's signers, verifiers and remembered certificates. */
    public OverlaySecurity security() {
        return security;
    }

    /** Stops storing and closes the links. */
    public void close() {
        storage.ifPresent(StorageService::cancel);
        node.close();
    }
}
