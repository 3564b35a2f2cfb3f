package org.reloadj.wire.pcap;

/** The Internet checksum (RFC 1071) of IPv4 headers and TCP segments. */
final class Checksum {
    private Checksum() {
    }

    /** Adds 16-bit big-endian words of {@code b} to {@code sum} (an odd last byte is padded). */
    static int sum(byte[] b, int offset, int length, int sum) {
        int s = sum;
        int i = offset;
        for (; i + 1 < offset + length; i += 2) {
            s += (b[i] & 0xFF) << 8 | b[i + 1] & 0xFF;
        }
        if (i < offset + length) {
            s += (b[i] & 0xFF) << 8;
        }
        return s;
    }

    /** The one's-complement checksum of the region, starting from {@code initial}. */
    static int internet(byte[] b, int offset, int length, int initial) {
        int s = sum(b, offset, length, initial);
        while ((s >>> 16) != 0) {
            s = (s & 0xFFFF) + (s >>> 16);
        }
        return ~s & 0xFFFF;
    }
}
