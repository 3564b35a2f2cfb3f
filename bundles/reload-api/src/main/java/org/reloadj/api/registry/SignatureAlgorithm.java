package org.reloadj.api.registry;

import java.util.Optional;

/** Signature algorithms, from the TLS SignatureAlgorithm registry (RFC 5246, 7.4.1.4.1), used by RFC 6940 signatures (6.3.4). */
public enum SignatureAlgorithm implements Coded {
    /** {@code anonymous} (0). */
    ANONYMOUS(0, "anonymous"),
    /** {@code rsa} (1). */
    RSA(1, "rsa"),
    /** {@code dsa} (2). */
    DSA(2, "dsa"),
    /** {@code ecdsa} (3). */
    ECDSA(3, "ecdsa"),
    /** {@code ed25519} (7). */
    ED25519(7, "ed25519"),
    /** {@code ed448} (8). */
    ED448(8, "ed448");

    private static final CodeTable<SignatureAlgorithm> TABLE = CodeTable.of(SignatureAlgorithm.class);
    private final int code;
    private final String rfcName;

    SignatureAlgorithm(int code, String rfcName) { this.code = code; this.rfcName = rfcName; }

    @Override public int code() { return code; }

    /** The name the RFC gives this value. */
    public String rfcName() { return rfcName; }

    /** The value with this wire code, if registered. */
    public static Optional<SignatureAlgorithm> fromCode(int code) { return TABLE.find(code); }
}
