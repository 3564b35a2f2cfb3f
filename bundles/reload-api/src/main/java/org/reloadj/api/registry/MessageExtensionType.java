package org.reloadj.api.registry;

import java.util.Optional;

/** Message extension types (RFC 6940, 6.3.3 and the registry of 14.14). */
public enum MessageExtensionType implements Coded {
    /** {@code exp-ext} (1). */
    EXP_EXT(1, "exp-ext");

    private static final CodeTable<MessageExtensionType> TABLE = CodeTable.of(MessageExtensionType.class);
    private final int code;
    private final String rfcName;

    MessageExtensionType(int code, String rfcName) { this.code = code; this.rfcName = rfcName; }

    @Override public int code() { return code; }

    /** The name the RFC gives this value. */
    public String rfcName() { return rfcName; }

    /** The value with this wire code, if registered. */
    public static Optional<MessageExtensionType> fromCode(int code) { return TABLE.find(code); }
}
