package org.reloadj.link.dtls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.TlsFatalAlert;
import org.reloadj.api.NodeId;
import org.reloadj.security.CertificateValidator;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.link.LinkAuthentication;

/**
 * Checks the certificate a peer presents in the DTLS handshake (RFC 6940, 6.5.1.11, 11.3) and
 * remembers it: a node certificate of the overlay, holding the expected Node-ID when one is
 * given. A refusal is a fatal alert (bad_certificate, or certificate_expired), which ends the
 * handshake on both sides.
 */
final class PeerCheck {
    private final CertificateValidator validator;
    private final Optional<NodeId> expected;
    private volatile ReloadCertificate accepted;

    PeerCheck(CertificateValidator validator, Optional<NodeId> expected) {
        this.validator = validator;
        this.expected = expected;
    }

    void check(Certificate presented) throws IOException {
        if (presented == null || presented.isEmpty()) {
            throw new TlsFatalAlert(AlertDescription.certificate_required, "the peer presented no certificate");
        }
        try {
            accepted = LinkAuthentication.authenticate(validator, x509(presented), expected);
        } catch (ReloadSecurityException e) {
            short alert = e.reason() == ReloadSecurityException.Reason.EXPIRED_CERTIFICATE
                    ? AlertDescription.certificate_expired : AlertDescription.bad_certificate;
            throw new TlsFatalAlert(alert, "peer refused (" + e.reason() + "): " + e.getMessage(), e);
        }
    }

    /** The peer's certificate, once accepted. */
    ReloadCertificate accepted() {
        if (accepted == null) {
            throw new IllegalStateException("the handshake accepted no peer certificate");
        }
        return accepted;
    }

    private static List<X509Certificate> x509(Certificate presented) throws IOException {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<X509Certificate> chain = new ArrayList<>();
            for (int i = 0; i < presented.getLength(); i++) {
                chain.add((X509Certificate) factory.generateCertificate(
                        new ByteArrayInputStream(presented.getCertificateAt(i).getEncoded())));
            }
            return chain;
        } catch (CertificateException e) {
            throw new TlsFatalAlert(AlertDescription.bad_certificate, "unreadable certificate", e);
        }
    }
}
