package org.reloadj.security.crypto;

import java.math.BigInteger;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;

/**
 * The one encoding of an ECDSA signature value RELOAD takes (RFC 6940, 6.3.4, as TLS: the DER
 * {@code SEQUENCE {r INTEGER, s INTEGER}} of RFC 4492, 5.4), checked before a value goes to a
 * provider that may be lenient about it.
 */
final class StrictDer {
    private static final BigInteger P256_ORDER = ECNamedCurveTable.getByName("secp256r1").getN();

    private StrictDer() {
    }

    /** Whether {@code value} is the DER encoding of an (r, s) pair in range for P-256, and nothing else. */
    static boolean isCanonicalP256(byte[] value) {
        try {
            StandardDSAEncoding.INSTANCE.decode(P256_ORDER, value);
            return true;
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }
}
