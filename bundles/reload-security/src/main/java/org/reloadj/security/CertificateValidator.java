package org.reloadj.security;

import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.PKIXParameters;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.security.ReloadSecurityException.Reason;
import org.reloadj.security.crypto.NativeProvider;
import org.reloadj.security.internal.Der;
import org.reloadj.security.internal.Digests;
import org.reloadj.security.internal.LruCache;

/**
 * Decides whether a node certificate is trusted in an overlay (RFC 6940, 11.3 and 11.3.1): it
 * must be a node certificate ({@link ReloadCertificate}), hold an accepted key
 * ({@link KeyAlgorithm#of(java.security.PublicKey)}), be within its validity period, and either
 * chain to a root certificate (PKIX, with BasicConstraints; no revocation checking, which RELOAD
 * does not define) or, where the overlay permits self-signed certificates, be signed by its own
 * key and hold exactly the Node-IDs derived from that key.
 *
 * <p>A certificate found valid is remembered by the SHA-256 of its DER with the validity window
 * of its whole chain, so it is not verified again while the clock stays in that window (7.1: the
 * current time is always compared to the validity period). The cache is bounded (least recently
 * used first out). Thread-safe.
 */
public final class CertificateValidator {
    /** Certificate signature algorithms the native provider is asked to check. */
    private static final Set<String> NATIVE_SIGNATURES = Set.of("SHA256WITHECDSA", "SHA384WITHECDSA",
            "SHA512WITHECDSA", "SHA256WITHRSA", "SHA384WITHRSA", "SHA512WITHRSA");

    /** The default number of certificates remembered. */
    public static final int DEFAULT_CACHE_SIZE = 10_000;

    private final TrustAnchors roots;
    private final Clock clock;
    private final int nodeIdLength;
    private final SelfSignedPolicy selfSigned;
    private final LruCache<Opaque, Validated> validated;

    /** A certificate found valid, and the window in which its whole chain is valid. */
    private record Validated(ReloadCertificate certificate, Instant notBefore, Instant notAfter) {
    }

    /**
     * A validator for an overlay.
     *
     * @param roots        the overlay's root certificates (may be none when only self-signed
     *                     certificates are used)
     * @param clock        the time against which validity is checked
     * @param nodeIdLength the overlay's Node-ID length in bytes
     * @param selfSigned   whether self-signed certificates are accepted and with which digest
     */
    public CertificateValidator(TrustAnchors roots, Clock clock, int nodeIdLength, SelfSignedPolicy selfSigned) {
        this(roots, clock, nodeIdLength, selfSigned, DEFAULT_CACHE_SIZE);
    }

    /** A validator remembering at most {@code cacheSize} valid certificates. */
    public CertificateValidator(TrustAnchors roots, Clock clock, int nodeIdLength, SelfSignedPolicy selfSigned,
            int cacheSize) {
        this.roots = Objects.requireNonNull(roots, "roots");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.selfSigned = Objects.requireNonNull(selfSigned, "selfSigned");
        if (!NodeId.isValidLength(nodeIdLength)) {
            throw new IllegalArgumentException("Node-IDs have 16 to 20 bytes, not " + nodeIdLength);
        }
        this.nodeIdLength = nodeIdLength;
        this.validated = new LruCache<>(cacheSize);
    }

    /** The overlay's Node-ID length in bytes. */
    public int nodeIdLength() {
        return nodeIdLength;
    }

    /**
     * Validates a node certificate and returns it read.
     *
     * @param chain the node certificate first, then the certificates that may complete its path to
     *              a root, in any order; certificates that are not on the path are ignored
     * @throws ReloadSecurityException MALFORMED_CERTIFICATE (not a node certificate of 11.3),
     *                                 UNSUPPORTED_ALGORITHM (a key this overlay does not accept),
     *                                 EXPIRED_CERTIFICATE (a certificate of the path outside its
     *                                 validity period), UNTRUSTED_CERTIFICATE (no path to a root),
     *                                 SELF_SIGNED_MISMATCH (a self-signed certificate whose Node-IDs
     *                                 are not derived from its key)
     */
    public ReloadCertificate validate(List<X509Certificate> chain) throws ReloadSecurityException {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("no certificate to validate");
        }
        X509Certificate leaf = chain.get(0);
        Opaque key = Digests.sha256(Der.of(leaf));
        Instant now = clock.instant();
        Validated known = validated.get(key);
        if (known == null) {
            known = validateAnew(leaf, chain, now);
            validated.put(key, known);
        }
        if (now.isBefore(known.notBefore()) || now.isAfter(known.notAfter())) {
            throw new ReloadSecurityException(Reason.EXPIRED_CERTIFICATE, "certificate chain valid from "
                    + known.notBefore() + " to " + known.notAfter() + ", not at " + now);
        }
        return known.certificate();
    }

    /**
     * Checks that a certificate holds the Node-ID a node claims (e.g. the one it signed with, or
     * the one it presented on a link).
     *
     * @throws ReloadSecurityException NODE_ID_MISMATCH when it does not
     */
    public void checkNodeId(ReloadCertificate certificate, NodeId claimed) throws ReloadSecurityException {
        if (!certificate.holds(claimed)) {
            throw new ReloadSecurityException(Reason.NODE_ID_MISMATCH,
                    "Node-ID " + claimed + " is not one of the certificate's " + certificate.nodeIds());
        }
    }

    private Validated validateAnew(X509Certificate leaf, List<X509Certificate> chain, Instant now)
            throws ReloadSecurityException {
        ReloadCertificate certificate = ReloadCertificate.parse(leaf, nodeIdLength);
        KeyAlgorithm.of(leaf.getPublicKey());
        boolean selfSignedPath = selfSigned.permitted() && signedByOwnKey(leaf);
        List<X509Certificate> path = selfSignedPath ? List.of(leaf) : path(chain);
        checkValidity(path, now);
        if (selfSignedPath) {
            checkSelfSignedNodeIds(certificate);
        } else {
            checkChain(path, now);
        }
        return validated(certificate, path);
    }

    private void checkSelfSignedNodeIds(ReloadCertificate certificate) throws ReloadSecurityException {
        List<NodeId> expected = selfSigned.nodeIds(certificate.subjectPublicKeyInfo(), certificate.nodeIds().size(),
                nodeIdLength);
        if (!Set.copyOf(expected).equals(Set.copyOf(certificate.nodeIds()))) {
            throw new ReloadSecurityException(Reason.SELF_SIGNED_MISMATCH, "self-signed certificate holds "
                    + certificate.nodeIds() + " but its key derives " + expected + " with "
                    + selfSigned.digest().rfcName() + " (11.3.1)");
        }
    }

    private void checkChain(List<X509Certificate> path, Instant now) throws ReloadSecurityException {
        if (roots.isEmpty()) {
            throw new ReloadSecurityException(Reason.UNTRUSTED_CERTIFICATE,
                    "the overlay has no root certificate and the certificate is not an accepted self-signed one");
        }
        for (X509Certificate c : path) {
            KeyAlgorithm.checkRsaStrength(c.getPublicKey());
        }
        try {
            PKIXParameters params = new PKIXParameters(roots.anchors());
            params.setRevocationEnabled(false);
            params.setDate(Date.from(now));
            nativeSignatureProvider(path).ifPresent(params::setSigProvider);
            CertPathValidator.getInstance("PKIX")
                    .validate(CertificateFactory.getInstance("X.509").generateCertPath(path), params);
        } catch (CertPathValidatorException e) {
            Reason reason = e.getReason() == BasicReason.EXPIRED || e.getReason() == BasicReason.NOT_YET_VALID
                    ? Reason.EXPIRED_CERTIFICATE : Reason.UNTRUSTED_CERTIFICATE;
            throw new ReloadSecurityException(reason, "certificate does not chain to a root: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new ReloadSecurityException(Reason.UNTRUSTED_CERTIFICATE, "cannot validate the chain: " + e, e);
        }
    }

    /**
     * The native provider to check the path's certificate signatures with, when one is installed
     * and every signature is of an algorithm it has: the JDK's own ECDSA takes milliseconds per
     * certificate, and a node meets each other node's certificate once.
     */
    private static Optional<String> nativeSignatureProvider(List<X509Certificate> path) {
        boolean common = path.stream()
                .allMatch(c -> NATIVE_SIGNATURES.contains(c.getSigAlgName().toUpperCase(Locale.ROOT)));
        return common ? NativeProvider.installed().map(Provider::getName) : Optional.empty();
    }

    /**
     * The path from the leaf towards a root: each next certificate is the one of the chain whose
     * subject is the current certificate's issuer. Roots themselves are left out (they are the
     * trust anchors), so are certificates off the path.
     */
    private List<X509Certificate> path(List<X509Certificate> chain) {
        List<X509Certificate> rest = new ArrayList<>(chain.subList(1, chain.size()));
        rest.removeIf(roots::contains);
        List<X509Certificate> path = new ArrayList<>();
        Set<X509Certificate> seen = new HashSet<>();
        X509Certificate current = chain.get(0);
        while (current != null && seen.add(current)) {
            path.add(current);
            current = issuerOf(current, rest);
        }
        return path;
    }

    private static X509Certificate issuerOf(X509Certificate cert, List<X509Certificate> candidates) {
        for (X509Certificate c : candidates) {
            if (c.getSubjectX500Principal().equals(cert.getIssuerX500Principal())) {
                return c;
            }
        }
        return null;
    }

    private static void checkValidity(List<X509Certificate> path, Instant now) throws ReloadSecurityException {
        Date date = Date.from(now);
        for (X509Certificate c : path) {
            try {
                c.checkValidity(date);
            } catch (CertificateExpiredException | CertificateNotYetValidException e) {
                throw new ReloadSecurityException(Reason.EXPIRED_CERTIFICATE, "certificate " + describe(c)
                        + " is valid from " + c.getNotBefore().toInstant() + " to " + c.getNotAfter().toInstant()
                        + ", not at " + now, e);
            }
        }
    }

    private static boolean signedByOwnKey(X509Certificate cert) {
        try {
            cert.verify(cert.getPublicKey());
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** The certificate, valid from the latest start to the earliest end of the path's validity periods. */
    private static Validated validated(ReloadCertificate certificate, List<X509Certificate> path) {
        Instant from = Instant.MIN;
        Instant to = Instant.MAX;
        for (X509Certificate c : path) {
            Instant notBefore = c.getNotBefore().toInstant();
            Instant notAfter = c.getNotAfter().toInstant();
            from = notBefore.isAfter(from) ? notBefore : from;
            to = notAfter.isBefore(to) ? notAfter : to;
        }
        return new Validated(certificate, from, to);
    }

    private static String describe(X509Certificate c) {
        String subject = c.getSubjectX500Principal().getName();
        return subject.isEmpty() ? "(node certificate, serial " + c.getSerialNumber().toString(16) + ")" : subject;
    }
}
