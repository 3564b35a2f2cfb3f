package org.reloadj.usage.turn;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.kind.KindDefinition;
import org.reloadj.api.kind.UsageDefinition;
import org.reloadj.api.registry.AccessControlPolicy;
import org.reloadj.api.registry.DataModel;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.storage.TurnServer;

/**
 * The TURN Server usage (RFC 6940, 9): a peer prepared to act as a TURN server (RFC 5766) stores
 * a {@link TurnServer} under TURN-SERVICE (Kind-ID 2: single value, NODE-MULTIPLE) at the
 * Resource-IDs H(Node-ID || d) for d = 1 to the overlay's turn-density.
 *
 * <p>The Resource Name of iteration d is the Node-ID's bytes followed by d as one byte
 * ({@link #resourceName}): RFC 6940 does not say how "the value d" is concatenated, but the
 * TurnServer structure carries it as a uint8, and the storage engine's NODE-MULTIPLE check (7.3.4)
 * hashes the same bytes.
 *
 * <p>Limits: max-node-multiple {@value #MAX_ITERATION}, "a maximum iteration of counter 20" (9);
 * max-count 1 (a single value); max-size {@value #MAX_SIZE}, the largest TurnServer the structure
 * can encode (iteration, address type, a length byte and 255 bytes of address). The usage cannot
 * see the overlay's configuration: a kind-block for TURN-SERVICE there overrides these limits
 * (11.1), max-node-multiple included, and the storage engine enforces the result.
 *
 * <p>Registered as a {@link UsageDefinition} service; plain Java callers add it to their node.
 */
@Component(service = UsageDefinition.class)
public final class TurnServiceUsage implements UsageDefinition {
    /** The usage's name. */
    public static final String NAME = "TURN Server";
    /** The largest iteration d when the configuration does not say (9). */
    public static final int MAX_ITERATION = 20;
    /** The largest TurnServer: 1 + 1 + 1 + 255 bytes. */
    public static final int MAX_SIZE = 258;

    /** TURN-SERVICE (9): single value, NODE-MULTIPLE up to {@value #MAX_ITERATION}. */
    public static final KindDefinition TURN_SERVICE = new KindDefinition(KindId.TURN_SERVICE, "TURN-SERVICE",
            DataModel.SINGLE_VALUE, AccessControlPolicy.NODE_MULTIPLE, 1, MAX_SIZE, MAX_ITERATION);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<KindDefinition> kinds() {
        return List.of(TURN_SERVICE);
    }

    /**
     * Accepts exactly one TurnServer whose iteration is at least 1 (9: "for each value, called d,
     * between 1 and turn-density"). Whether the iteration is the one of the Resource-ID is for the
     * reader to check: the usage is not told the Resource-ID.
     *
     * @throws ReloadException Error_Forbidden for anything else
     */
    @Override
    public void validate(KindId kind, Opaque value) throws ReloadException {
        TurnServer server;
        try {
            server = TurnServer.fromValue(value);
        } catch (WireException e) {
            throw new ReloadException(ErrorCode.ERROR_FORBIDDEN, "TURN-SERVICE holds one TurnServer: " + e.getMessage(), e);
        }
        if (server.iteration() < 1) {
            throw new ReloadException(ErrorCode.ERROR_FORBIDDEN, "a TurnServer's iteration is 1 or more, not 0");
        }
    }

    /**
     * The Resource Name of iteration {@code d} of {@code nodeId}: Node-ID || d, d as one byte (9, 7.3.4).
     *
     * @throws IllegalArgumentException when d is not 1 to 255
     */
    public static Opaque resourceName(NodeId nodeId, int d) {
        if (d < 1 || d > 255) {
            throw new IllegalArgumentException("the iteration d is 1 to 255: " + d);
        }
        byte[] name = new byte[nodeId.length() + 1];
        nodeId.bytes().copyTo(name, 0);
        name[name.length - 1] = (byte) d;
        return Opaque.of(name);
    }
}
