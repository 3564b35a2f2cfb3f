package org.reloadj.security;

import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.OverlayHash;
import org.reloadj.wire.io.Vectors;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;
import org.reloadj.wire.message.Destination;

/**
 * A {@code reload:} URI (RFC 6940, 14.15): {@code reload://<destination>@<overlay>/[specifier]},
 * where destination is the hex of a Destination List and specifier the hex of a
 * StoredDataSpecifier. Node certificates carry one such URI per Node-ID, with a Destination List
 * of a single node entry (11.3), e.g. {@code reload://0110<32 hex digits>@overlay.example.org/}.
 *
 * @param destinations the destination list (at least one entry)
 * @param overlay      the overlay name
 * @param specifier    the hex-decoded specifier bytes; empty when the URI names a peer
 */
public record ReloadUri(List<Destination> destinations, String overlay, Opaque specifier) {
    private static final String SCHEME = "reload://";

    /** Checks the parts. */
    public ReloadUri {
        destinations = List.copyOf(destinations);
        if (destinations.isEmpty()) {
            throw new IllegalArgumentException("a reload URI names at least one destination");
        }
        if (!OverlayHash.isDnsName(overlay)) {
            throw new IllegalArgumentException("not an overlay name: " + overlay);
        }
        Objects.requireNonNull(specifier, "specifier");
    }

    /** The URI of a peer: a Destination List of one node entry (11.3). */
    public static ReloadUri ofNode(NodeId nodeId, String overlay) {
        return new ReloadUri(List.of(Destination.node(nodeId)), overlay, Opaque.EMPTY);
    }

    /**
     * Parses a reload URI; the Node-ID length of the overlay is needed to read node entries.
     *
     * @throws IllegalArgumentException when the text is not a reload URI of 14.15
     */
    public static ReloadUri parse(String uri, int nodeIdLength) {
        if (!uri.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw new IllegalArgumentException("not a reload URI: " + uri);
        }
        int at = uri.indexOf('@', SCHEME.length());
        int slash = at < 0 ? -1 : uri.indexOf('/', at);
        if (at < 0 || slash < 0) {
            throw new IllegalArgumentException("a reload URI is reload://destination@overlay/[specifier]: " + uri);
        }
        String destinationHex = uri.substring(SCHEME.length(), at);
        String overlay = uri.substring(at + 1, slash).toLowerCase(Locale.ROOT);
        String specifierHex = uri.substring(slash + 1);
        if (destinationHex.isEmpty()) {
            throw new IllegalArgumentException("a reload URI names at least one destination: " + uri);
        }
        try {
            byte[] bytes = HexFormat.of().parseHex(destinationHex);
            WireContext ctx = new WireContext(nodeIdLength, Integer.MAX_VALUE, k -> Optional.empty());
            List<Destination> list = Vectors.readAll(WireReader.of(bytes), r -> Destination.decode(r, ctx));
            return new ReloadUri(list, overlay, Opaque.of(HexFormat.of().parseHex(specifierHex)));
        } catch (WireException e) {
            throw new IllegalArgumentException("bad destination list in " + uri + ": " + e.getMessage(), e);
        }
    }

    /** The Node-ID when the URI names exactly one node and no data. */
    public Optional<NodeId> nodeId() {
        if (destinations.size() == 1 && specifier.isEmpty() && destinations.get(0) instanceof Destination.Node n) {
            return Optional.of(n.nodeId());
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        Opaque list = WireWriter.encode(w -> destinations.forEach(d -> d.encode(w)));
        return SCHEME + list.toHex() + "@" + overlay + "/" + specifier.toHex();
    }
}
