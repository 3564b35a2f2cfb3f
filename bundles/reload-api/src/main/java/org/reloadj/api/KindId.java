package org.reloadj.api;

/**
 * A Kind-ID: the 32-bit unsigned number that names a kind of stored data (RFC 6940, 5.2, 7 and
 * the registry of 14.6).
 *
 * @param value the unsigned 32-bit value, 0 to 2^32-1
 */
public record KindId(long value) implements Comparable<KindId> {
    /** TURN-SERVICE (RFC 6940, 9). */
    public static final KindId TURN_SERVICE = new KindId(0x2);
    /** CERTIFICATE_BY_NODE (RFC 6940, 8). */
    public static final KindId CERTIFICATE_BY_NODE = new KindId(0x3);
    /** CERTIFICATE_BY_USER (RFC 6940, 8). */
    public static final KindId CERTIFICATE_BY_USER = new KindId(0x10);

    /** Checks the value is an unsigned 32-bit number. */
    public KindId {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("a Kind-ID is an unsigned 32-bit number, not " + value);
        }
    }

    /** The Kind-ID with these 32 bits (read as unsigned). */
    public static KindId ofBits(int bits) {
        return new KindId(Integer.toUnsignedLong(bits));
    }

    /** The Kind-ID's 32 bits. */
    public int bits() {
        return (int) value;
    }

    /** Whether the value lies in the private-use range that kind descriptions assign (14.6). */
    public boolean isPrivateUse() {
        return value >= 0xF000_0001L && value <= 0xFFFF_FFFEL;
    }

    @Override
    public int compareTo(KindId o) {
        return Long.compare(value, o.value);
    }

    @Override
    public String toString() {
        return "0x" + Long.toHexString(value);
    }
}
