package org.reloadj.api.registry;

/**
 * The flags of a ForwardingOption (RFC 6940, 6.3.2.3). They are bits of one byte, not an
 * enumeration: {@link #mask()} is the bit.
 */
public enum ForwardingOptionFlag {
    /** A forwarding peer that does not understand the option rejects the request. */
    FORWARD_CRITICAL(0x01),
    /** A responding node that does not understand the option rejects the request. */
    DESTINATION_CRITICAL(0x02),
    /** A responding node copies the option into its response, with the three flags cleared. */
    RESPONSE_COPY(0x04);

    private final int mask;

    ForwardingOptionFlag(int mask) {
        this.mask = mask;
    }

    /** The flag's bit in the flags byte. */
    public int mask() {
        return mask;
    }

    /** Whether this flag is set in {@code flags}. */
    public boolean isSet(int flags) {
        return (flags & mask) != 0;
    }
}
