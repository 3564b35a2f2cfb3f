package org.reloadj.api.registry;

import java.util.Optional;

/** Types of a FramedMessage of the overlay link framing header (RFC 6940, 6.6.2). */
public enum FramedMessageType implements Coded {
    /** {@code data} (128). */
    DATA(128, "data"),
    /** {@code ack} (129). */
    ACK(129, "ack");

    private static final CodeTable<FramedMessageType> TABLE = CodeTable.of(FramedMessageType.class);
    private final int code;
    private final String rfcName;

    FramedMessageType(int code, String rfcName) { this.code = code; this.rfcName = rfcName; }

    @Override public int code() { return code; }

    /** The name the RFC gives this value. */
    public String rfcName() { return rfcName; }

    /** The value with this wire code, if registered. */
    public static Optional<FramedMessageType> fromCode(int code) { return TABLE.find(code); }
}
