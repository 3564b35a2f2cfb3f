package org.reloadj.wire.body;

import java.util.Optional;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.ProbeInformationType;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * One element of a ProbeAns (RFC 6940, 6.4.2.5.2): a type, a one-byte length and a value. The
 * three types RFC 6940 defines ({@code responsible_set}, {@code num_resources}, {@code uptime})
 * each carry a uint32, so their value has exactly 4 bytes; the structure may be extended, so the
 * value of any other type is carried through as it came.
 *
 * @param type  the ProbeInformationType code, 1..255
 * @param value the ProbeInformationData bytes
 */
public record ProbeInformation(int type, Opaque value) {
    private static final int UINT32_BYTES = 4;

    /** Checks the type, the value's length, and the 4 bytes of the uint32 types. */
    public ProbeInformation {
        BodyFields.type(type, "ProbeInformationType");
        BodyFields.opaque(value, 1, "ProbeInformation value");
        if (carriesUint32(type) && value.length() != UINT32_BYTES) {
            throw new IllegalArgumentException("probe information of type " + type + " is a uint32, not "
                    + value.length() + " bytes");
        }
    }

    /**
     * The information of a type that carries a uint32.
     *
     * @throws IllegalArgumentException when the type carries no uint32 or the value does not fit
     */
    public static ProbeInformation of(ProbeInformationType type, long value) {
        if (!carriesUint32(type.code())) {
            throw new IllegalArgumentException(type + " does not carry a uint32");
        }
        BodyFields.uint32(value, type.rfcName());
        byte[] b = {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
        return new ProbeInformation(type.code(), Opaque.of(b));
    }

    /** The registered type, if this implementation knows it. */
    public Optional<ProbeInformationType> knownType() {
        return ProbeInformationType.fromCode(type);
    }

    /** Whether the value is a uint32 (the types RFC 6940 defines, 1..3). */
    public boolean hasUint32() {
        return carriesUint32(type);
    }

    /**
     * The uint32 value: responsible_ppb, num_resources or uptime.
     *
     * @throws IllegalStateException when the type does not carry a uint32
     */
    public long uint32() {
        if (!hasUint32()) {
            throw new IllegalStateException("probe information of type " + type + " is not a uint32");
        }
        long v = 0;
        for (int i = 0; i < UINT32_BYTES; i++) {
            v = v << 8 | value.byteAt(i) & 0xFF;
        }
        return v;
    }

    private static boolean carriesUint32(int type) {
        return type >= ProbeInformationType.RESPONSIBLE_SET.code() && type <= ProbeInformationType.UPTIME.code();
    }

    /** Reads one ProbeInformation; type 0 and a uint32 type whose length is not 4 are invalid. */
    public static ProbeInformation decode(WireReader r) throws WireException {
        int type = BodyFields.readType(r, "ProbeInformationType");
        Opaque value = r.readOpaque(1, "ProbeInformation value");
        if (carriesUint32(type) && value.length() != UINT32_BYTES) {
            throw WireException.invalid("probe information of type " + type + " has length " + value.length()
                    + ", not 4");
        }
        return new ProbeInformation(type, value);
    }

    /** Writes type, length and value. */
    public void encode(WireWriter w) {
        w.writeUint8(type).writeOpaque(1, value, "ProbeInformation value");
    }
}
