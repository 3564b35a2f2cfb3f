package org.reloadj.topology.chord;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.reloadj.api.NodeId;
import org.reloadj.api.ResourceId;

/** Identifiers for tests: from small numbers, from the top of the ring, or random. */
final class Ids {
    static final BigInteger RING = BigInteger.ONE.shiftLeft(128);

    private Ids() {
    }

    /** The Node-ID of the 128-bit number {@code n} (negative numbers count back from 2^128). */
    static NodeId node(long n) {
        return NodeId.fromHex(hex(BigInteger.valueOf(n).mod(RING)));
    }

    /** The Node-ID of {@code n} * 2^120, so small numbers spread round the ring. */
    static NodeId at(int n) {
        return NodeId.fromHex(hex(BigInteger.valueOf(n).shiftLeft(120).mod(RING)));
    }

    /** The Resource-ID of the 128-bit number {@code n}. */
    static ResourceId resource(BigInteger n) {
        return ResourceId.fromHex(hex(n.mod(RING)));
    }

    /** The Resource-ID of {@code n} (negative numbers count back from 2^128). */
    static ResourceId resource(long n) {
        return resource(BigInteger.valueOf(n));
    }

    /** The Resource-ID at {@code n} * 2^120. */
    static ResourceId resourceAt(int n) {
        return resource(BigInteger.valueOf(n).shiftLeft(120));
    }

    /** The number a Node-ID or Resource-ID stands for. */
    static BigInteger value(org.reloadj.api.Identifier<?> id) {
        return new BigInteger(1, id.bytes().toByteArray());
    }

    /** {@code count} distinct random Node-IDs. */
    static List<NodeId> random(int count, long seed) {
        Random r = new Random(seed);
        List<NodeId> out = new ArrayList<>();
        while (out.size() < count) {
            byte[] b = new byte[16];
            r.nextBytes(b);
            NodeId id = NodeId.of(b);
            if (!out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    private static String hex(BigInteger v) {
        String h = v.toString(16);
        return "0".repeat(32 - h.length()) + h;
    }
}
