package org.reloadj.api.registry;

import java.util.Optional;

/** The access control policies of stored data (RFC 6940, 7.3 and the registry of 14.4); the codes are ReloadJ's own, the policies are named by string in the configuration. */
public enum AccessControlPolicy implements Coded {
    /** {@code USER-MATCH} (1). */
    USER_MATCH(1, "USER-MATCH"),
    /** {@code NODE-MATCH} (2). */
    NODE_MATCH(2, "NODE-MATCH"),
    /** {@code USER-NODE-MATCH} (3). */
    USER_NODE_MATCH(3, "USER-NODE-MATCH"),
    /** {@code NODE-MULTIPLE} (4). */
    NODE_MULTIPLE(4, "NODE-MULTIPLE"),
    /** {@code EXP-MATCH} (5). */
    EXP_MATCH(5, "EXP-MATCH");

    private static final CodeTable<AccessControlPolicy> TABLE = CodeTable.of(AccessControlPolicy.class);
    private final int code;
    private final String rfcName;

    AccessControlPolicy(int code, String rfcName) { this.code = code; this.rfcName = rfcName; }

    @Override public int code() { return code; }

    /** The name the RFC gives this value. */
    public String rfcName() { return rfcName; }

    /** The value with this wire code, if registered. */
    public static Optional<AccessControlPolicy> fromCode(int code) { return TABLE.find(code); }
}
