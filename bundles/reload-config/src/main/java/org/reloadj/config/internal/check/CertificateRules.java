package org.reloadj.config.internal.check;

import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.reloadj.api.Opaque;
import org.reloadj.config.OverlayConfiguration;
import org.reloadj.config.Problem;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.security.ReloadSecurityException;

/**
 * Each {@code root-cert} must be a base64 X.509 certificate (RFC 6940, 11.1), within its validity
 * period now: an expired root anchors no valid chain.
 */
final class CertificateRules {
    private CertificateRules() {
    }

    static void check(OverlayConfiguration c, Instant now, Findings out) {
        List<Opaque> roots = c.rootCertificates();
        for (int i = 0; i < roots.size(); i++) {
            String where = Places.of(c, "root-cert", i);
            try {
                X509Certificate cert = ReloadCertificate.x509(roots.get(i));
                checkValidity(cert, now, where, out);
            } catch (ReloadSecurityException e) {
                out.error(Problem.Category.CERTIFICATE, where, "not an X.509 certificate (RFC 6940, 11.1): its "
                        + roots.get(i).length() + " bytes do not decode as one DER certificate");
            }
        }
    }

    private static void checkValidity(X509Certificate cert, Instant now, String where, Findings out) {
        try {
            cert.checkValidity(Date.from(now));
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            out.error(Problem.Category.CERTIFICATE, where, "certificate " + cert.getSubjectX500Principal().getName()
                    + " is valid from " + cert.getNotBefore().toInstant() + " to " + cert.getNotAfter().toInstant()
                    + ", not now (" + now + ")");
        }
    }
}
