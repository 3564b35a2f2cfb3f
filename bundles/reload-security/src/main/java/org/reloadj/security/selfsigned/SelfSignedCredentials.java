package org.reloadj.security.selfsigned;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.security.Credentials;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.SelfSignedPolicy;
import org.reloadj.security.SubjectAltNames;
import org.reloadj.security.keys.KeyPairs;

/**
 * Makes self-generated credentials (RFC 6940, 11.3.1): a key pair and an X.509 v3 certificate
 * signed by its own key, whose Node-IDs are the high-order bytes of digest(subjectPublicKeyInfo),
 * or of digest(i || subjectPublicKeyInfo) for i = 1..N when it holds N &gt; 1 (see
 * {@link SelfSignedPolicy#nodeIds}), named in the subjectAltName with the user name as for any
 * node certificate (11.3).
 *
 * <p>The subject is empty, as 11.3 requires of node certificates (the subjectAltName is then
 * critical, RFC 5280, 4.2.1.6). The issuer cannot be empty too: the JDK refuses to decode a
 * certificate with an empty issuer ("Empty issuer DN not allowed in X509Certificates"), so no
 * Java peer could read it. The issuer is therefore {@code CN=<user name>}: the certificate is
 * self-signed (its signature verifies with its own key, which is what validators check) without
 * being self-issued in RFC 5280's sense. Validity starts one hour before the clock's time, so a
 * peer whose clock is a little behind accepts the certificate at once.
 */
public final class SelfSignedCredentials {
    /** How far before now the validity period starts. */
    public static final Duration BACKDATE = Duration.ofHours(1);

    private static final X500Name EMPTY_NAME = new X500Name(new RDN[0]);

    private final Clock clock;
    private final SecureRandom random;

    /** A maker of credentials dated by {@code clock}, with serial numbers from {@code random}. */
    public SelfSignedCredentials(Clock clock, SecureRandom random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * New credentials with a fresh key pair.
     *
     * @throws ReloadSecurityException if the certificate cannot be made
     */
    public Credentials create(SelfSignedRequest request) throws ReloadSecurityException {
        return create(request, KeyPairs.generate(request.algorithm()));
    }

    /**
     * New credentials for an existing key pair (the same key always derives the same Node-IDs).
     *
     * @throws ReloadSecurityException UNSUPPORTED_ALGORITHM when the key is not of the request's
     *                                 algorithm or not accepted
     */
    public Credentials create(SelfSignedRequest request, KeyPair keyPair) throws ReloadSecurityException {
        KeyAlgorithm algorithm = KeyAlgorithm.of(keyPair.getPublic());
        if (algorithm != request.algorithm()) {
            throw new ReloadSecurityException(ReloadSecurityException.Reason.UNSUPPORTED_ALGORITHM,
                    "the key pair is " + algorithm + ", the request says " + request.algorithm());
        }
        List<NodeId> nodeIds = SelfSignedPolicy.permitted(request.digest()).nodeIds(
                Opaque.of(keyPair.getPublic().getEncoded()), request.nodeIdCount(), request.nodeIdLength());
        X509Certificate cert = certificate(request, keyPair, nodeIds);
        return Credentials.of(keyPair.getPrivate(), ReloadCertificate.parse(cert, request.nodeIdLength()));
    }

    private X509Certificate certificate(SelfSignedRequest request, KeyPair keyPair, List<NodeId> nodeIds)
            throws ReloadSecurityException {
        Instant now = clock.instant();
        X500Name issuer = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, request.userName()).build();
        BigInteger serial = new BigInteger(63, random).add(BigInteger.ONE);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serial,
                Date.from(now.minus(BACKDATE)), Date.from(now.plus(request.validity())), EMPTY_NAME,
                keyPair.getPublic());
        try {
            builder.addExtension(Extension.subjectAlternativeName, true,
                    SubjectAltNames.of(nodeIds, request.overlay(), request.userName()));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            return new JcaX509CertificateConverter().getCertificate(builder.build(
                    new JcaContentSignerBuilder(request.algorithm().jcaSignatureAlgorithm()).build(keyPair.getPrivate())));
        } catch (CertIOException | OperatorCreationException | GeneralSecurityException e) {
            throw new ReloadSecurityException(ReloadSecurityException.Reason.MALFORMED_CERTIFICATE,
                    "cannot make the self-signed certificate: " + e.getMessage(), e);
        }
    }
}
