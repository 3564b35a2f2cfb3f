package org.reloadj.security.enroll;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.reloadj.security.TrustAnchors;

/**
 * TLS client trust in an overlay's root certificates and nothing else: the enrollment and
 * configuration servers are trusted when their certificate chains to a {@code root-cert} of the
 * configuration (RFC 6940, 11.2, 11.3), never merely to a public CA of the platform.
 */
public final class OverlayTrust {
    private OverlayTrust() {
    }

    /**
     * A TLS context (TLS 1.2 and 1.3) whose trust anchors are exactly {@code roots}. Host names
     * are checked by the client that uses it ({@link java.net.http.HttpClient} does).
     *
     * @throws IllegalArgumentException when {@code roots} is empty
     */
    public static SSLContext sslContext(TrustAnchors roots) {
        if (roots.isEmpty()) {
            throw new IllegalArgumentException("at least one root certificate");
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            int i = 0;
            for (X509Certificate root : roots.certificates()) {
                store.setCertificateEntry("root-" + i++, root);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance("PKIX");
            factory.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot make a TLS context: " + e.getMessage(), e);
        }
    }
}
