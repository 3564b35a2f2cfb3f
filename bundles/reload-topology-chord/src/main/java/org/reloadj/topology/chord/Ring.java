package org.reloadj.topology.chord;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.random.RandomGenerator;
import org.reloadj.api.Identifier;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;

/**
 * The Chord identifier circle (RFC 6940, 10.1): identifiers are unsigned numbers of k bits, k the
 * Node-ID length in bits (128 for CHORD-RELOAD), and all arithmetic is modulo 2^k, so that
 * 2^k - 1 is directly before 0.
 *
 * <p>A Resource-ID is placed by its first k bits; a shorter one is read as if padded with zero
 * bits (CHORD-RELOAD's own Resource-IDs have exactly 128 bits, 10.2).
 */
final class Ring {
    private static final BigInteger BILLION = BigInteger.valueOf(1_000_000_000L);

    private final int bytes;
    private final int bits;
    private final BigInteger modulus;

    /** The ring of Node-IDs of {@code nodeIdLength} bytes. */
    Ring(int nodeIdLength) {
        if (!NodeId.isValidLength(nodeIdLength)) {
            throw new IllegalArgumentException("Node-IDs have 16 to 20 bytes, not " + nodeIdLength);
        }
        this.bytes = nodeIdLength;
        this.bits = 8 * nodeIdLength;
        this.modulus = BigInteger.ONE.shiftLeft(bits);
    }

    /** k, the number of bits of an identifier. */
    int bits() {
        return bits;
    }

    /** 2^k, the number of points on the ring. */
    BigInteger modulus() {
        return modulus;
    }

    /**
     * The Resource-ID of a resource name (10.2): the SHA-1 hash of the name, truncated to its most
     * significant k bits (128 for CHORD-RELOAD).
     */
    ResourceId hash(Opaque resourceName) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(resourceName.toByteArray());
            return ResourceId.of(Arrays.copyOf(digest, Math.min(bytes, digest.length)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-1", e);
        }
    }

    /** The point of {@code id} on the ring, 0 to 2^k - 1. */
    BigInteger position(Identifier<?> id) {
        byte[] b = id.bytes().toByteArray();
        return new BigInteger(1, b.length == bytes ? b : Arrays.copyOf(b, bytes));
    }

    /** How far one goes clockwise from {@code from} to reach {@code to}: (to - from) mod 2^k. */
    BigInteger distance(Identifier<?> from, Identifier<?> to) {
        BigInteger d = position(to).subtract(position(from));
        return d.signum() < 0 ? d.add(modulus) : d; // both in [0, 2^k): no division needed
    }

    /**
     * Whether {@code x} is in the half-open arc (a, b], walking clockwise from a. The arc (a, a]
     * is the whole ring: a node whose predecessor is itself is responsible for everything.
     */
    boolean inHalfOpen(Identifier<?> x, Identifier<?> a, Identifier<?> b) {
        return comparePositions(a, b) == 0 || comparePositions(x, a) != 0 && compareDistances(a, x, b) <= 0;
    }

    /** Whether {@code x} is strictly between a and b, walking clockwise from a. */
    boolean inOpen(Identifier<?> x, Identifier<?> a, Identifier<?> b) {
        return comparePositions(x, a) != 0 && compareDistances(a, x, b) < 0;
    }

    /**
     * Compares {@code distance(from, x)} with {@code distance(from, y)}, without computing either:
     * the points at or after {@code from} (no wrap past 2^k) come first, each group in the order of
     * its points. Routing compares distances for every message (10.3), so this allocates nothing.
     */
    int compareDistances(Identifier<?> from, Identifier<?> x, Identifier<?> y) {
        boolean xAhead = comparePositions(x, from) >= 0;
        boolean yAhead = comparePositions(y, from) >= 0;
        if (xAhead != yAhead) {
            return xAhead ? -1 : 1;
        }
        return comparePositions(x, y);
    }

    /** Identifiers in the order of their clockwise distance from {@code from}, nearest first. */
    <T extends Identifier<?>> Comparator<T> byDistanceFrom(Identifier<?> from) {
        return (x, y) -> compareDistances(from, x, y);
    }

    /** The order of two identifiers' points on the ring, 0 to 2^k - 1. */
    private int comparePositions(Identifier<?> a, Identifier<?> b) {
        Opaque x = a.bytes();
        Opaque y = b.bytes();
        if (x.length() == bytes && y.length() == bytes) {
            return x.compareTo(y);
        }
        return position(a).compareTo(position(b));
    }

    /** The Resource-ID {@code delta} clockwise after {@code from}. */
    ResourceId plus(Identifier<?> from, BigInteger delta) {
        return ResourceId.of(toBytes(position(from).add(delta).mod(modulus)));
    }

    /** The Node-ID at the same point as {@code id}, when it has a Node-ID's length. */
    NodeId asNodeId(Identifier<?> id) {
        if (id instanceof NodeId n) {
            return n;
        }
        return id.length() == bytes ? NodeId.of(id.bytes()) : null;
    }

    /** The arc (from, to] as a share of the ring, in parts per billion (6.4.2.5). */
    long partsPerBillion(Identifier<?> from, Identifier<?> to) {
        BigInteger arc = distance(from, to);
        if (arc.signum() == 0) {
            arc = modulus;
        }
        return arc.multiply(BILLION).divide(modulus).longValueExact();
    }

    /** A uniformly random number of {@code n} bits (0 when n is 0). */
    static BigInteger randomBits(int n, RandomGenerator random) {
        if (n == 0) {
            return BigInteger.ZERO;
        }
        byte[] b = new byte[(n + 7) / 8];
        random.nextBytes(b);
        return new BigInteger(1, b).shiftRight(b.length * 8 - n);
    }

    private byte[] toBytes(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[bytes];
        int copy = Math.min(raw.length, bytes);
        System.arraycopy(raw, raw.length - copy, out, bytes - copy, copy);
        return out;
    }
}
