package org.reloadj.security.internal;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import org.reloadj.api.Opaque;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.ReloadSecurityException.Reason;

/** The DER encoding of certificates. */
public final class Der {
    private Der() {
    }

    /**
     * The DER encoding of {@code cert}.
     *
     * @throws ReloadSecurityException MALFORMED_CERTIFICATE when it cannot be encoded
     */
    public static Opaque of(X509Certificate cert) throws ReloadSecurityException {
        try {
            return Opaque.of(cert.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new ReloadSecurityException(Reason.MALFORMED_CERTIFICATE, "certificate cannot be encoded", e);
        }
    }
}
