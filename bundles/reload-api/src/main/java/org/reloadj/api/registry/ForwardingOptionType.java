package org.reloadj.api.registry;

import java.util.Optional;

/** Forwarding option types (RFC 6940, 6.3.2.3 and the registry of 14.12). */
public enum ForwardingOptionType implements Coded {
    /** {@code exp-forward} (1). */
    EXP_FORWARD(1, "exp-forward");

    private static final CodeTable<ForwardingOptionType> TABLE = CodeTable.of(ForwardingOptionType.class);
    private final int code;
    private final String rfcName;

    ForwardingOptionType(int code, String rfcName) { this.code = code; this.rfcName = rfcName; }

    @Override public int code() { return code; }

    /** The name the RFC gives this value. */
    public String rfcName() { return rfcName; }

    /** The value with this wire code, if registered. */
    public static Optional<ForwardingOptionType> fromCode(int code) { return TABLE.find(code); }
}
