package org.reloadj.usage.turn;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;
import org.reloadj.api.overlay.Overlay;
import org.reloadj.api.overlay.StoredValue;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireWriter;
import org.reloadj.wire.message.IpAddressPort;
import org.reloadj.wire.storage.TurnServer;

/**
 * The TURN-SERVICE values (RFC 6940, 9): written as TurnServer structures, and read back as a
 * reader that trusts neither the storing peer nor the writer, checking the NODE-MULTIPLE rule
 * (7.3.4) again with the iteration the value carries.
 */
final class Advertisements {
    private Advertisements() {
    }

    /** The TurnServer of iteration {@code d} and {@code address}, encoded. */
    static Opaque encode(int d, InetSocketAddress address) {
        TurnServer server = new TurnServer(d, IpAddressPort.of(address));
        return WireWriter.encode(server::encode);
    }

    /**
     * The TURN server {@code value}, found at {@code resource}, advertises: empty unless it exists,
     * is one TurnServer with an IPv4 or IPv6 address, and its signer's Node-ID with its iteration
     * hashes to {@code resource}.
     */
    static Optional<TurnServers.Server> read(Overlay overlay, ResourceId resource, StoredValue value) {
        if (!value.exists() || value.signer().isEmpty()) {
            return Optional.empty();
        }
        TurnServer server;
        try {
            server = TurnServer.fromValue(value.value());
        } catch (WireException e) {
            return Optional.empty();
        }
        NodeId advertiser = value.signer().get().nodeId();
        int d = server.iteration();
        if (d < 1 || !(server.serverAddress() instanceof IpAddressPort.Inet)
                || !overlay.resourceId(TurnServiceUsage.resourceName(advertiser, d)).equals(resource)) {
            return Optional.empty();
        }
        InetSocketAddress address = ((IpAddressPort.Inet) server.serverAddress()).toSocketAddress();
        return Optional.of(new TurnServers.Server(address, advertiser, d, resource));
    }

    /**
     * Whether {@code address} is one a TURN server "SHOULD NOT" be advertised at (9): private
     * (RFC 1918; IPv6 unique local, RFC 4193), loopback, link-local or the wildcard.
     */
    static boolean isPrivate(InetAddress address) {
        boolean uniqueLocal = address instanceof Inet6Address && (address.getAddress()[0] & 0xFE) == 0xFC;
        return uniqueLocal || address.isSiteLocalAddress() || address.isLoopbackAddress()
                || address.isLinkLocalAddress() || address.isAnyLocalAddress();
    }
}
