package org.reloadj.api.link;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.reloadj.api.Opaque;

/**
 * What a link needs to authenticate both ends (RFC 6940, 6.6, 11.3 and 13.4): this node's key and
 * certificate chain, the overlay's root certificates (empty when self-signed certificates are
 * permitted) and, in shared-secret overlays, the TLS-PSK identity and key.
 *
 * @param privateKey   this node's private key
 * @param chain        this node's certificate first, then its issuers
 * @param roots        the overlay's root certificates
 * @param pskIdentity  the TLS-PSK identity, in shared-secret mode
 * @param pskKey       the TLS-PSK key, in shared-secret mode
 */
public record LinkCredentials(PrivateKey privateKey, List<X509Certificate> chain, List<X509Certificate> roots,
        Optional<Opaque> pskIdentity, Optional<Opaque> pskKey) {
    /** Copies the lists. */
    public LinkCredentials {
        chain = List.copyOf(chain);
        roots = List.copyOf(roots);
    }
}
