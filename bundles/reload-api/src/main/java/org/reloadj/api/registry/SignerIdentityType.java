package org.reloadj.api.registry;

import java.util.Optional;

/** Forms of the SignerIdentity of a signature (RFC 6940, 6.3.4). */
public enum SignerIdentityType implements Coded {
    /** {@code cert_hash} (1). */
    CERT_HASH(1, "cert_hash"),
    /** {@code cert_hash_node_id} (2). */
    CERT_HASH_NODE_ID(2, "cert_hash_node_id"),
    /** {@code none} (3). */
    NONE(3, "none");

    private static final CodeTable<SignerIdentityType> TABLE = CodeTable.of(SignerIdentityType.class);
    private final int code;
    private final String rfcName;

    SignerIdentityType(int code, String rfcName) { this.code = code; this.rfcName = rfcName; }

    @Override public int code() { return code; }

    /** The name the RFC gives this value. */
    public String rfcName() { return rfcName; }

    /** The value with this wire code, if registered. */
    public static Optional<SignerIdentityType> fromCode(int code) { return TABLE.find(code); }
}
