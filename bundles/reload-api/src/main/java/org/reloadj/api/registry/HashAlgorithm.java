package org.reloadj.api.registry;

import java.util.Optional;

/** Hash algorithms, from the TLS HashAlgorithm registry (RFC 5246, 7.4.1.4.1), used by RFC 6940 signatures and metadata (6.3.4, 7.4.3.2). */
public enum HashAlgorithm implements Coded {
    /** {@code none} (0). */
    NONE(0, "none"),
    /** {@code md5} (1). */
    MD5(1, "md5"),
    /** {@code sha1} (2). */
    SHA1(2, "sha1"),
    /** {@code sha224} (3). */
    SHA224(3, "sha224"),
    /** {@code sha256} (4). */
    SHA256(4, "sha256"),
    /** {@code sha384} (5). */
    SHA384(5, "sha384"),
    /** {@code sha512} (6). */
    SHA512(6, "sha512"),
    /** {@code Intrinsic} (8). */
    INTRINSIC(8, "Intrinsic");

    private static final CodeTable<HashAlgorithm> TABLE = CodeTable.of(HashAlgorithm.class);
    private final int code;
    private final String rfcName;

    HashAlgorithm(int code, String rfcName) { this.code = code; this.rfcName = rfcName; }

    @Override public int code() { return code; }

    /** The name the RFC gives this value. */
    public String rfcName() { return rfcName; }

    /** The value with this wire code, if registered. */
    public static Optional<HashAlgorithm> fromCode(int code) { return TABLE.find(code); }
}
