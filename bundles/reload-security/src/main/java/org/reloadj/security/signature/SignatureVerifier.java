package org.reloadj.security.signature;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.CertificateType;
import org.reloadj.api.registry.HashAlgorithm;
import org.reloadj.security.CertificateValidator;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.ReloadSecurityException.Reason;
import org.reloadj.security.crypto.VerificationKey;
import org.reloadj.security.internal.Der;
import org.reloadj.security.internal.LruCache;
import org.reloadj.wire.message.GenericCertificate;
import org.reloadj.wire.message.Signature;
import org.reloadj.wire.message.SignerIdentity;

/**
 * Verifies a RELOAD Signature over given bytes (RFC 6940, 6.3.4), the common part of message and
 * stored-data verification.
 *
 * <p>The signer's certificate is looked for by its signer identity among the certificates of the
 * security block, then among the certificates of signers verified before, then in the
 * {@link CertificateSource}; it is validated by the {@link CertificateValidator} (trusted, in its
 * validity period now); the algorithm must be sha256 with the certificate key's signature
 * algorithm (rsa or ecdsa); and the signature value must verify. Parsed certificates, converted
 * public keys and identities are cached, bounded; validity is checked on every verification.
 * One instance per overlay serves all threads.
 */
public final class SignatureVerifier {
    private final CertificateValidator validator;
    private final CertificateSource source;
    private final ParsedCertificates parsed;
    private final LruCache<Opaque, VerificationKey> keys;
    private final LruCache<SignerIdentity, Candidate> known;

    /** A signer's certificate chain as found, and the Node-ID its identity designates. */
    private record Candidate(List<X509Certificate> chain, NodeId nodeId) {
    }

    /** A verifier remembering up to {@link CertificateValidator#DEFAULT_CACHE_SIZE} signers. */
    public SignatureVerifier(CertificateValidator validator, CertificateSource source) {
        this(validator, source, CertificateValidator.DEFAULT_CACHE_SIZE);
    }

    /** A verifier remembering up to {@code cacheSize} certificates, keys and identities. */
    public SignatureVerifier(CertificateValidator validator, CertificateSource source, int cacheSize) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.source = Objects.requireNonNull(source, "source");
        this.parsed = new ParsedCertificates(validator.nodeIdLength(), cacheSize);
        this.keys = new LruCache<>(cacheSize);
        this.known = new LruCache<>(cacheSize);
    }

    /**
     * Verifies {@code signature} over {@code signedInput}.
     *
     * @param certificates the certificates of the security block that carries the signature
     * @return the signer
     * @throws ReloadSecurityException UNSUPPORTED_ALGORITHM (an algorithm or identity form not
     *                                 accepted), UNKNOWN_CERTIFICATE (no certificate matches the
     *                                 identity), the validator's failures, BAD_SIGNATURE (the
     *                                 value does not verify with the signer's key)
     */
    public VerifiedSigner verify(Signature signature, Opaque signedInput, List<GenericCertificate> certificates)
            throws ReloadSecurityException {
        KeyAlgorithm algorithm = algorithm(signature);
        SignerIdentity identity = signature.identity();
        Candidate candidate = find(identity, certificates);
        ReloadCertificate certificate = validator.validate(candidate.chain());
        VerificationKey key = keyOf(certificate);
        if (key.algorithm() != algorithm) {
            throw new ReloadSecurityException(Reason.BAD_SIGNATURE, "signature algorithm " + algorithm
                    + " but the signer's key is " + key.algorithm());
        }
        if (!key.verify(signedInput, signature.value())) {
            throw new ReloadSecurityException(Reason.BAD_SIGNATURE,
                    "the signature does not verify with the key of " + candidate.nodeId());
        }
        known.put(detached(identity), candidate);
        return new VerifiedSigner(certificate, candidate.nodeId());
    }

    private static KeyAlgorithm algorithm(Signature signature) throws ReloadSecurityException {
        if (signature.hashAlgorithm() == HashAlgorithm.SHA256.code()) {
            for (KeyAlgorithm a : KeyAlgorithm.values()) {
                if (a.tlsSignature().code() == signature.signatureAlgorithm()) {
                    return a;
                }
            }
        }
        throw new ReloadSecurityException(Reason.UNSUPPORTED_ALGORITHM, "signature algorithm {hash "
                + signature.hashAlgorithm() + ", signature " + signature.signatureAlgorithm()
                + "}: only sha256 with rsa or ecdsa is accepted");
    }

    private Candidate find(SignerIdentity identity, List<GenericCertificate> certificates)
            throws ReloadSecurityException {
        Candidate c = inSecurityBlock(identity, certificates);
        if (c == null) {
            c = known.get(identity);
        }
        if (c == null) {
            c = fromSource(identity);
        }
        return c;
    }

    private Candidate inSecurityBlock(SignerIdentity identity, List<GenericCertificate> certificates)
            throws ReloadSecurityException {
        List<X509Certificate> others = new ArrayList<>(certificates.size());
        X509Certificate leaf = null;
        NodeId nodeId = null;
        for (GenericCertificate g : certificates) {
            if (g.type() != CertificateType.X509.code()) {
                continue;
            }
            ParsedCertificates.Parsed p = parsed.parse(g.certificate());
            Optional<NodeId> id = leaf == null ? p.signerNodeId(identity) : Optional.empty();
            if (id.isPresent()) {
                leaf = p.x509();
                nodeId = id.get();
            } else {
                others.add(p.x509());
            }
        }
        if (leaf == null) {
            return null;
        }
        others.add(0, leaf);
        return new Candidate(List.copyOf(others), nodeId);
    }

    private Candidate fromSource(SignerIdentity identity) throws ReloadSecurityException {
        List<X509Certificate> chain = source.find(identity).orElse(List.of());
        if (chain.isEmpty()) {
            throw new ReloadSecurityException(Reason.UNKNOWN_CERTIFICATE,
                    "no certificate in the message, the cache or the certificate source matches " + identity);
        }
        Optional<NodeId> id = parsed.parse(Der.of(chain.get(0))).signerNodeId(identity);
        if (id.isEmpty()) {
            throw new ReloadSecurityException(Reason.UNKNOWN_CERTIFICATE,
                    "the certificate source answered with a certificate that " + identity + " does not name");
        }
        return new Candidate(List.copyOf(chain), id.get());
    }

    private VerificationKey keyOf(ReloadCertificate certificate) throws ReloadSecurityException {
        VerificationKey key = keys.get(certificate.der());
        if (key == null) {
            key = VerificationKey.of(certificate.x509().getPublicKey());
            keys.put(certificate.der(), key);
        }
        return key;
    }

    /** The identity with its own copy of the hash, so a cache entry does not keep a message alive. */
    private static SignerIdentity detached(SignerIdentity identity) {
        if (identity instanceof SignerIdentity.CertHash h) {
            return new SignerIdentity.CertHash(h.hashAlgorithm(), Opaque.of(h.hash().toByteArray()));
        }
        if (identity instanceof SignerIdentity.CertHashNodeId h) {
            return new SignerIdentity.CertHashNodeId(h.hashAlgorithm(), Opaque.of(h.hash().toByteArray()));
        }
        return identity;
    }
}
