package org.reloadj.api.registry;

import java.util.Optional;

/** Certificate types of a GenericCertificate, from the TLS certificate type registry of RFC 6091 (RFC 6940, 6.3.4). */
public enum CertificateType implements Coded {
    /** {@code X.509} (0). */
    X509(0, "X.509"),
    /** {@code OpenPGP} (1). */
    OPENPGP(1, "OpenPGP"),
    /** {@code RawPublicKey} (2). */
    RAW_PUBLIC_KEY(2, "RawPublicKey");

    private static final CodeTable<CertificateType> TABLE = CodeTable.of(CertificateType.class);
    private final int code;
    private final String rfcName;

    CertificateType(int code, String rfcName) { this.code = code; this.rfcName = rfcName; }

    @Override public int code() { return code; }

    /** The name the RFC gives this value. */
    public String rfcName() { return rfcName; }

    /** The value with this wire code, if registered. */
    public static Optional<CertificateType> fromCode(int code) { return TABLE.find(code); }
}
