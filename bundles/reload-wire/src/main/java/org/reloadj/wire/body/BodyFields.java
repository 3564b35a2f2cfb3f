package org.reloadj.wire.body;

import java.util.Objects;
import org.reloadj.api.Opaque;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;

/**
 * Checks shared by the overlay-management bodies: the limits of the presentation language
 * (RFC 6940, 6.3.1) for constructors, and the reading of one-byte enumerations whose value 0 is
 * reserved as invalid.
 */
final class BodyFields {
    private BodyFields() {
    }

    /** {@code value} if it fits {@code opaque x<0..2^(8*lengthBytes)-1>}. */
    static Opaque opaque(Opaque value, int lengthBytes, String what) {
        Objects.requireNonNull(value, what);
        long max = (1L << (8 * lengthBytes)) - 1;
        if (value.length() > max) {
            throw new IllegalArgumentException(what + " has at most " + max + " bytes, not " + value.length());
        }
        return value;
    }

    /** {@code value} if it is an unsigned number of {@code bits} bits (at most 31). */
    static int unsigned(int value, int bits, String what) {
        if (value < 0 || value > (1 << bits) - 1) {
            throw new IllegalArgumentException(what + " is a uint" + bits + ": " + value);
        }
        return value;
    }

    /** {@code value} if it is a uint32. */
    static long uint32(long value, String what) {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException(what + " is a uint32: " + value);
        }
        return value;
    }

    /** {@code value} if it is a one-byte enumeration value other than the invalid 0. */
    static int type(int value, String what) {
        if (value < 1 || value > 255) {
            throw new IllegalArgumentException(what + " must be 1..255: " + value);
        }
        return value;
    }

    /** Reads a one-byte enumeration value; 0 ({@code invalid...Type}) is invalid. */
    static int readType(WireReader r, String what) throws WireException {
        int value = r.readUint8(what);
        if (value == 0) {
            throw WireException.invalid(what + " 0 is the invalid value");
        }
        return value;
    }

    /** Fails unless {@code r} holds no bytes: the body is an empty struct. */
    static void readEmpty(WireReader r, String what) throws WireException {
        r.assertFinished(what + " (an empty struct)");
    }
}
