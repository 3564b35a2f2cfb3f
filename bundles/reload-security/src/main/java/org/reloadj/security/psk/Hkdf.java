package org.reloadj.security.psk;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/** HKDF with HMAC-SHA256 (RFC 5869): extract with a salt, then expand with an info string. */
final class Hkdf {
    private Hkdf() {
    }

    /** {@code length} bytes of output keying material. */
    static byte[] sha256(byte[] inputKey, byte[] salt, byte[] info, int length) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(inputKey, salt, info));
        byte[] out = new byte[length];
        hkdf.generateBytes(out, 0, length);
        return out;
    }
}
