package org.reloadj.core.security;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.reloadj.api.KindId;
import org.reloadj.api.ResourceId;
import org.reloadj.api.registry.CertificateType;
import org.reloadj.core.storage.StoredDataVerifier;
import org.reloadj.core.storage.Writer;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.signature.StoredDataSigner;
import org.reloadj.security.signature.VerifiedSigner;
import org.reloadj.wire.message.GenericCertificate;
import org.reloadj.wire.message.Signature;
import org.reloadj.wire.message.SignerIdentity;
import org.reloadj.wire.storage.StoredData;
import org.reloadj.wire.storage.StoredDataValue;

/**
 * Stored-data signatures as the node uses them (RFC 6940, 7.1): values this node stores are
 * signed with its {@link StoredDataSigner}; values a Store brings are verified for the storage
 * engine, and their signers' certificates remembered in the {@link SignerCertificates} to travel
 * with the values later; values a Fetch returns are verified for the application.
 *
 * <p>Thread-safe.
 */
public final class SignedStoredData implements StoredDataVerifier {
    private final StoredDataSigner signer;
    private final org.reloadj.security.signature.StoredDataVerifier verifier;
    private final SignerCertificates certificates;

    /** Signs with {@code signer}, verifies with {@code verifier}, remembers in {@code certificates}. */
    public SignedStoredData(StoredDataSigner signer, org.reloadj.security.signature.StoredDataVerifier verifier,
            SignerCertificates certificates) {
        this.signer = Objects.requireNonNull(signer, "signer");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.certificates = Objects.requireNonNull(certificates, "certificates");
    }

    /**
     * {@code value} of {@code kind} at {@code resource}, signed by this node.
     *
     * @param storageTime milliseconds since the epoch (7)
     * @param lifetime    seconds
     */
    public StoredData sign(ResourceId resource, KindId kind, long storageTime, long lifetime, StoredDataValue value) {
        return signer.sign(resource, kind, storageTime, lifetime, value);
    }

    /** Verifies a stored value for the storage engine (7.4.1.1) and says who wrote it (7.3). */
    @Override
    public Writer verify(ResourceId resource, KindId kind, StoredData data, List<GenericCertificate> carried)
            throws ReloadSecurityException {
        VerifiedSigner s = check(resource, kind, data, carried);
        certificates.remember(data.signature().identity(), chainOf(s.certificate(), carried));
        return new Writer(Optional.of(s.userName()), s.certificate().nodeIds(), s.nodeId());
    }

    /**
     * Verifies a value a Fetch returned (7.4.2.2: "nodes MUST verify the signatures on all the
     * received values"). A nonexistent value with the empty signature is one the peer synthesized
     * for a slot it knows nothing of, and is accepted unsigned.
     *
     * @return who signed it; empty for a synthesized nonexistent value
     * @throws ReloadSecurityException when the signature or the certificate does not hold: the
     *                                 value "MUST be discarded"
     */
    public Optional<VerifiedSigner> verifyFetched(ResourceId resource, KindId kind, StoredData data,
            List<GenericCertificate> carried) throws ReloadSecurityException {
        if (!data.value().value().exists() && isSynthesized(data.signature())) {
            return Optional.empty();
        }
        return Optional.of(check(resource, kind, data, carried));
    }

    private VerifiedSigner check(ResourceId resource, KindId kind, StoredData data, List<GenericCertificate> carried)
            throws ReloadSecurityException {
        return verifier.verify(resource, kind, data, carried);
    }

    private static boolean isSynthesized(Signature signature) {
        return signature.identity() instanceof SignerIdentity.None
                || signature.hashAlgorithm() == 0 && signature.signatureAlgorithm() == 0;
    }

    /**
     * The signer's certificate and the certificates of the block that may complete its path:
     * those of certificate authorities other than roots (a node certificate has an empty subject,
     * 11.3; a root is self-issued, and 6.3.4 leaves roots out of security blocks).
     */
    private static List<GenericCertificate> chainOf(ReloadCertificate signer, List<GenericCertificate> carried) {
        List<GenericCertificate> chain = new ArrayList<>();
        chain.add(GenericCertificate.x509(signer.der()));
        for (GenericCertificate g : carried) {
            // the signer's own certificate, usually all a block carries, is no authority: not parsed again
            if (g.type() == CertificateType.X509.code() && !g.certificate().equals(signer.der()) && isIntermediate(g)) {
                chain.add(g);
            }
        }
        return chain;
    }

    private static boolean isIntermediate(GenericCertificate g) {
        try {
            X509Certificate x = ReloadCertificate.x509(g.certificate());
            return x.getBasicConstraints() >= 0 && !x.getSubjectX500Principal().equals(x.getIssuerX500Principal());
        } catch (ReloadSecurityException e) {
            return false;
        }
    }
}
