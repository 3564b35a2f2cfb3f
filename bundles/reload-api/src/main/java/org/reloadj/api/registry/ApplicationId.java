package org.reloadj.api.registry;

import java.util.Optional;

/** Application-IDs of AppAttach (RFC 6940, 6.5.2 and the registry of 14.5). */
public enum ApplicationId implements Coded {
    /** {@code SIP} (5060). */
    SIP(5060, "SIP"),
    /** {@code SIP} (5061). */
    SIPS(5061, "SIP");

    private static final CodeTable<ApplicationId> TABLE = CodeTable.of(ApplicationId.class);
    private final int code;
    private final String rfcName;

    ApplicationId(int code, String rfcName) { this.code = code; this.rfcName = rfcName; }

    @Override public int code() { return code; }

    /** The name the RFC gives this value. */
    public String rfcName() { return rfcName; }

    /** The value with this wire code, if registered. */
    public static Optional<ApplicationId> fromCode(int code) { return TABLE.find(code); }
}
