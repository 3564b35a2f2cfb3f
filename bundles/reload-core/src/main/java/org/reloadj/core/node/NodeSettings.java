package org.reloadj.core.node;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.reloadj.api.NodeId;
import org.reloadj.api.OverlayHash;
import org.reloadj.wire.io.KindModels;
import org.reloadj.wire.io.WireContext;

/**
 * What one node's message transport needs to know, mostly from the overlay configuration (RFC
 * 6940, 11.1): the overlay's name and hash (6.3.2), this node's Node-ID, max-message-size,
 * initial-ttl, overlay-reliability-timer, clients-permitted, whether the node runs as a client
 * (4.2), and local choices (the max_response_length it asks for, via-list compression, buffer
 * sizes). Immutable; the configuration sequence, which changes at run time, comes from the
 * {@link ConfigurationSource}.
 */
public final class NodeSettings {
    /** The default initial-ttl (6.3.2: "SHOULD be 100"). */
    public static final int DEFAULT_INITIAL_TTL = 100;
    /** The default overlay-reliability-timer (6.2.1, 11.1). */
    public static final Duration DEFAULT_RELIABILITY_TIMER = Duration.ofMillis(3000);

    private final String overlayName;
    private final int overlayHash;
    private final NodeId nodeId;
    private final int maxMessageSize;
    private final int initialTtl;
    private final Duration reliabilityTimer;
    private final boolean clientsPermitted;
    private final boolean client;
    private final long maxResponseLength;
    private final boolean compressViaList;
    private final int reassemblyBudget;
    private final int answeredCapacity;
    private final Map<String, String> topologyParameters;
    private final Optional<NodeId> admittingPeer;

    private NodeSettings(Builder b) {
        this.overlayName = b.overlayName;
        this.overlayHash = OverlayHash.of(b.overlayName);
        this.nodeId = b.nodeId;
        this.maxMessageSize = positive(b.maxMessageSize, "max-message-size");
        if (b.initialTtl < 1 || b.initialTtl > 255) {
            throw new IllegalArgumentException("initial-ttl is 1..255: " + b.initialTtl);
        }
        this.initialTtl = b.initialTtl;
        this.reliabilityTimer = b.reliabilityTimer;
        this.clientsPermitted = b.clientsPermitted;
        this.client = b.client;
        if (b.maxResponseLength < 0 || b.maxResponseLength > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("max_response_length is a uint32: " + b.maxResponseLength);
        }
        this.maxResponseLength = b.maxResponseLength;
        this.compressViaList = b.compressViaList;
        this.reassemblyBudget = b.reassemblyBudget > 0 ? b.reassemblyBudget : 16 * maxMessageSize;
        this.answeredCapacity = positive(b.answeredCapacity, "answered-request capacity");
        this.topologyParameters = Map.copyOf(b.topologyParameters);
        this.admittingPeer = b.admittingPeer;
    }

    private static int positive(int v, String what) {
        if (v < 1) {
            throw new IllegalArgumentException(what + " must be positive: " + v);
        }
        return v;
    }

    /** Settings for {@code nodeId} in the overlay {@code overlayName}, the RFC's defaults otherwise. */
    public static Builder builder(String overlayName, NodeId nodeId) {
        return new Builder(overlayName, nodeId);
    }

    /** The overlay's name (the configuration's instance-name). */
    public String overlayName() {
        return overlayName;
    }

    /** The overlay field of every message: the low 32 bits of SHA-1 of the name (6.3.2). */
    public int overlayHash() {
        return overlayHash;
    }

    /** This node's Node-ID. */
    public NodeId nodeId() {
        return nodeId;
    }

    /** The overlay's Node-ID length in bytes. */
    public int nodeIdLength() {
        return nodeId.length();
    }

    /** The wildcard Node-ID: all ones (6.1.1). */
    public NodeId wildcardNodeId() {
        byte[] ones = new byte[nodeId.length()];
        Arrays.fill(ones, (byte) 0xFF);
        return NodeId.of(ones);
    }

    /** The largest message this node accepts, whole or reassembled (max-message-size, 11.1). */
    public int maxMessageSize() {
        return maxMessageSize;
    }

    /** The TTL of originated messages and the largest accepted (initial-ttl, 6.3.2). */
    public int initialTtl() {
        return initialTtl;
    }

    /** The end-to-end retransmission timer (overlay-reliability-timer, 6.2.1). */
    public Duration reliabilityTimer() {
        return reliabilityTimer;
    }

    /**
     * Whether the overlay admits clients (clients-permitted, 11.1); when it does not, a peer refuses
     * the storage and application requests of connected nodes its topology does not count as peers
     * (4.2).
     */
    public boolean clientsPermitted() {
        return clientsPermitted;
    }

    /** Whether this node is a client: it neither routes nor stores (4.2). */
    public boolean client() {
        return client;
    }

    /** The max_response_length this node's requests carry; 0 for no limit (6.3.2). */
    public long maxResponseLength() {
        return maxResponseLength;
    }

    /**
     * Whether this node compresses what it adds to via lists: the 16-bit connection-table id of
     * the previous hop instead of its Node-ID (6.1.2, 6.3.2.2).
     */
    public boolean compressViaList() {
        return compressViaList;
    }

    /** The most bytes of fragments held for reassembly at once, over all messages (6.7). */
    public int reassemblyBudget() {
        return reassemblyBudget;
    }

    /** The most responses remembered for retransmitted requests at once (6.2.1). */
    public int answeredCapacity() {
        return answeredCapacity;
    }

    /** The topology plug-in's configuration parameters, by element name. */
    public Map<String, String> topologyParameters() {
        return topologyParameters;
    }

    /** The bootstrap peer this node joins through, if known. */
    public Optional<NodeId> admittingPeer() {
        return admittingPeer;
    }

    /** A context for decoding this overlay's messages with the standard kinds. */
    public WireContext wireContext() {
        return new WireContext(nodeId.length(), maxMessageSize, KindModels.standard());
    }

    /** Builds {@link NodeSettings}; starts from the RFC's defaults. */
    public static final class Builder {
        private final String overlayName;
        private final NodeId nodeId;
        private int maxMessageSize = WireContext.DEFAULT_MAX_MESSAGE_SIZE;
        private int initialTtl = DEFAULT_INITIAL_TTL;
        private Duration reliabilityTimer = DEFAULT_RELIABILITY_TIMER;
        private boolean clientsPermitted = true;
        private boolean client;
        private long maxResponseLength;
        private boolean compressViaList;
        private int reassemblyBudget;
        private int answeredCapacity = 10_000;
        private Map<String, String> topologyParameters = Map.of();
        private Optional<NodeId> admittingPeer = Optional.empty();

        private Builder(String overlayName, NodeId nodeId) {
            this.overlayName = Objects.requireNonNull(overlayName, "overlayName");
            this.nodeId = Objects.requireNonNull(nodeId, "nodeId");
        }

        /** max-message-size (default 5000). */
        public Builder maxMessageSize(int bytes) {
            this.maxMessageSize = bytes;
            return this;
        }

        /** initial-ttl (default 100). */
        public Builder initialTtl(int ttl) {
            this.initialTtl = ttl;
            return this;
        }

        /** overlay-reliability-timer (default 3 s). */
        public Builder reliabilityTimer(Duration timer) {
            this.reliabilityTimer = Objects.requireNonNull(timer, "timer");
            return this;
        }

        /** clients-permitted (default true). */
        public Builder clientsPermitted(boolean permitted) {
            this.clientsPermitted = permitted;
            return this;
        }

        /** Whether this node runs as a client (default false). */
        public Builder client(boolean isClient) {
            this.client = isClient;
            return this;
        }

        /** The max_response_length of this node's requests (default 0: no limit). */
        public Builder maxResponseLength(long bytes) {
            this.maxResponseLength = bytes;
            return this;
        }

        /** Whether to compress via-list entries into connection-table ids (default false). */
        public Builder compressViaList(boolean compress) {
            this.compressViaList = compress;
            return this;
        }

        /** Bytes held for reassembly at once (default 16 times max-message-size). */
        public Builder reassemblyBudget(int bytes) {
            this.reassemblyBudget = bytes;
            return this;
        }

        /** Responses remembered at once for retransmissions (default 10000). */
        public Builder answeredCapacity(int responses) {
            this.answeredCapacity = responses;
            return this;
        }

        /** The topology plug-in's parameters. */
        public Builder topologyParameters(Map<String, String> parameters) {
            this.topologyParameters = Objects.requireNonNull(parameters, "parameters");
            return this;
        }

        /** The admitting (bootstrap) peer. */
        public Builder admittingPeer(NodeId peer) {
            this.admittingPeer = Optional.of(peer);
            return this;
        }

        /** The settings. */
        public NodeSettings build() {
            return new NodeSettings(this);
        }
    }
}
