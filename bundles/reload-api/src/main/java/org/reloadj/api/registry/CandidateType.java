package org.reloadj.api.registry;

import java.util.Optional;

/** ICE candidate types of an IceCandidate (RFC 6940, 6.5.1.1); 3 is reserved. */
public enum CandidateType implements Coded {
    /** {@code host} (1). */
    HOST(1, "host"),
    /** {@code srflx} (2). */
    SRFLX(2, "srflx"),
    /** {@code relay} (4). */
    RELAY(4, "relay");

    private static final CodeTable<CandidateType> TABLE = CodeTable.of(CandidateType.class);
    private final int code;
    private final String rfcName;

    CandidateType(int code, String rfcName) { this.code = code; this.rfcName = rfcName; }

    @Override public int code() { return code; }

    /** The name the RFC gives this value. */
    public String rfcName() { return rfcName; }

    /** The value with this wire code, if registered. */
    public static Optional<CandidateType> fromCode(int code) { return TABLE.find(code); }
}
