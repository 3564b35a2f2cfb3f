package org.reloadj.core.runtime;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.reloadj.security.signature.CertificateSource;
import org.reloadj.wire.message.SignerIdentity;

/**
 * The certificate sources present now, as one (RFC 6940, 6.3.4): asks each in turn, the first
 * that knows the certificate answers. The list is replaced whole as sources come and go, so a
 * node built before a source (e.g. the Certificate Store usage) arrives uses it once it does.
 */
public final class CertificateSources implements CertificateSource {
    private volatile List<CertificateSource> sources = List.of();

    /** Replaces the sources. */
    public void set(List<CertificateSource> current) {
        sources = List.copyOf(current);
    }

    @Override
    public Optional<List<X509Certificate>> find(SignerIdentity identity) {
        for (CertificateSource source : sources) {
            Optional<List<X509Certificate>> found = source.find(identity);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
