package org.reloadj.link.tls;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import org.reloadj.security.CertificateValidator;
import org.reloadj.security.ReloadSecurityException;

/**
 * Trusts, in a TLS handshake, exactly the node certificates the overlay's
 * {@link CertificateValidator} accepts (RFC 6940, 11.3): chained to a root of the configuration,
 * or self-signed where permitted, within validity, with the subjectAltName of a node
 * certificate. Host names play no part: a node is named by the Node-IDs in its certificate, and
 * the link checks those after the handshake. Both directions are checked alike, since every link
 * is mutually authenticated.
 */
final class NodeTrustManager extends X509ExtendedTrustManager {
    private final CertificateValidator validator;
    private final X509Certificate[] issuers;

    NodeTrustManager(CertificateValidator validator, List<X509Certificate> roots) {
        this.validator = validator;
        this.issuers = roots.toArray(X509Certificate[]::new);
    }

    private void check(X509Certificate[] chain) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("the peer presented no certificate");
        }
        try {
            validator.validate(List.of(chain));
        } catch (ReloadSecurityException e) {
            throw new CertificateException(e.reason() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(chain);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return issuers.clone();
    }
}
