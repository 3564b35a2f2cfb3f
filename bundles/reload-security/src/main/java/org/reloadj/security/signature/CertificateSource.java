package org.reloadj.security.signature;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;
import org.reloadj.wire.message.SignerIdentity;

/**
 * Where a verifier looks for a signer's certificate that neither the message's security block
 * nor its own cache holds (RFC 6940, 6.3.4 lets systems with another certificate distribution
 * mechanism omit certificates), e.g. the Certificate Store usage (8). What a source returns is
 * checked like any certificate: it must match the identity and be valid.
 */
@ConsumerType
@FunctionalInterface
public interface CertificateSource {

    /**
     * The certificate named by {@code identity} (node certificate first, then the certificates
     * completing its path to a root), or empty when unknown. Must not block for long: it runs on
     * the verifying thread.
     */
    Optional<List<X509Certificate>> find(SignerIdentity identity);

    /** A source that knows no certificate. */
    static CertificateSource none() {
        return identity -> Optional.empty();
    }
}
