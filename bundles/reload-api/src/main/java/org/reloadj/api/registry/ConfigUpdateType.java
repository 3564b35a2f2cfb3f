package org.reloadj.api.registry;

import java.util.Optional;

/** What a ConfigUpdate carries (RFC 6940, 6.5.4.1). */
public enum ConfigUpdateType implements Coded {
    /** {@code config} (1). */
    CONFIG(1, "config"),
    /** {@code kind} (2). */
    KIND(2, "kind");

    private static final CodeTable<ConfigUpdateType> TABLE = CodeTable.of(ConfigUpdateType.class);
    private final int code;
    private final String rfcName;

    ConfigUpdateType(int code, String rfcName) { this.code = code; this.rfcName = rfcName; }

    @Override public int code() { return code; }

    /** The name the RFC gives this value. */
    public String rfcName() { return rfcName; }

    /** The value with this wire code, if registered. */
    public static Optional<ConfigUpdateType> fromCode(int code) { return TABLE.find(code); }
}
