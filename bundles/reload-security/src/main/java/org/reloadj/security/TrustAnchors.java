package org.reloadj.security;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.reloadj.security.ReloadSecurityException.Reason;

/**
 * The root certificates of an overlay: the root-cert elements of its configuration document
 * (RFC 6940, 11.1), to which every CA-issued node certificate must chain (11.3). Immutable.
 */
public final class TrustAnchors {
    private static final TrustAnchors NONE = new TrustAnchors(List.of());

    private final List<X509Certificate> roots;
    private final Set<TrustAnchor> anchors;

    private TrustAnchors(List<X509Certificate> roots) {
        this.roots = roots;
        Set<TrustAnchor> set = new LinkedHashSet<>();
        for (X509Certificate root : roots) {
            set.add(new TrustAnchor(root, null));
        }
        this.anchors = Set.copyOf(set);
    }

    /** These root certificates. */
    public static TrustAnchors of(Collection<X509Certificate> roots) {
        return roots.isEmpty() ? NONE : new TrustAnchors(List.copyOf(new LinkedHashSet<>(roots)));
    }

    /** No root certificate: only self-signed certificates can be accepted (11.3.1). */
    public static TrustAnchors none() {
        return NONE;
    }

    /**
     * The certificates of a PEM text (one or more {@code -----BEGIN CERTIFICATE-----} blocks).
     *
     * @throws ReloadSecurityException MALFORMED_CERTIFICATE when the text holds no certificate or
     *                                 an unreadable one
     */
    public static TrustAnchors fromPem(String pem) throws ReloadSecurityException {
        try {
            Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
            List<X509Certificate> roots = new ArrayList<>();
            for (Certificate c : certs) {
                roots.add((X509Certificate) c);
            }
            if (roots.isEmpty()) {
                throw new ReloadSecurityException(Reason.MALFORMED_CERTIFICATE, "no certificate in the PEM text");
            }
            return of(roots);
        } catch (CertificateException | ClassCastException e) {
            throw new ReloadSecurityException(Reason.MALFORMED_CERTIFICATE, "unreadable PEM certificates", e);
        }
    }

    /** The root certificates. */
    public List<X509Certificate> certificates() {
        return roots;
    }

    /** Whether there is no root certificate. */
    public boolean isEmpty() {
        return roots.isEmpty();
    }

    /** Whether {@code cert} is one of the roots. */
    public boolean contains(X509Certificate cert) {
        return roots.contains(cert);
    }

    /** The roots as PKIX trust anchors. */
    Set<TrustAnchor> anchors() {
        return anchors;
    }
}
