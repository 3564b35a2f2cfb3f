package org.reloadj.security.issue;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.reloadj.api.NodeId;
import org.reloadj.api.OverlayHash;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.SubjectAltNames;
import org.reloadj.security.keys.KeyPairs;

/**
 * The certificate authority of one overlay: a root key and a self-signed root certificate (the
 * {@code root-cert} of the configuration, RFC 6940, 11.1), issuing the node certificates of the
 * enrollment protocol (11.3) and the TLS certificate of the enrollment server.
 *
 * <p>A node certificate has an empty subject and a critical subjectAltName (RFC 5280, 4.2.1.6,
 * for an empty subject) holding exactly one {@code reload:} URI per Node-ID, each a Destination
 * List of a single node entry (14.15), and exactly one rfc822Name, the user name; nothing else.
 * Besides, it says it is no CA, may sign (and, for RSA, encipher), and serves both ends of TLS.
 */
public final class OverlayCa {
    /** How long a new root certificate is valid. */
    public static final Duration DEFAULT_ROOT_VALIDITY = Duration.ofDays(3650);
    /** How far back a certificate's validity starts, for peers whose clocks are a little behind. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final String ROOT_UNIT = "RELOAD enrollment CA";

    private final String overlay;
    private final X509Certificate root;
    private final PrivateKey key;
    private final KeyAlgorithm algorithm;
    private final Clock clock;

    private OverlayCa(String overlay, X509Certificate root, PrivateKey key, KeyAlgorithm algorithm, Clock clock) {
        this.overlay = overlay;
        this.root = root;
        this.key = key;
        this.algorithm = algorithm;
        this.clock = clock;
    }

    /**
     * A new CA for {@code overlay}: a fresh root key of {@code algorithm} and a self-signed root
     * certificate (BasicConstraints CA with path length 0, KeyUsage keyCertSign and cRLSign),
     * subject {@code OU=RELOAD enrollment CA, CN=<overlay>}.
     */
    public static OverlayCa create(String overlay, KeyAlgorithm algorithm, Clock clock, Duration validity) {
        String name = overlayName(overlay);
        KeyPair pair = KeyPairs.generate(algorithm);
        Instant now = clock.instant();
        X509Certificate root = new CertificateBuilder(rootName(name), pair.getPublic())
                .validity(now.minus(CLOCK_SKEW), now.plus(validity))
                .extension(Extension.basicConstraints, true, new BasicConstraints(0))
                .extension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                .sign(null, pair.getPrivate(), algorithm);
        return new OverlayCa(name, root, pair.getPrivate(), algorithm, clock);
    }

    /**
     * The CA of {@code overlay} from its stored root certificate and key.
     *
     * @throws IllegalArgumentException when the certificate is not the root of this overlay or
     *                                  the key is not its key
     */
    public static OverlayCa of(String overlay, X509Certificate root, PrivateKey key, Clock clock) {
        String name = overlayName(overlay);
        if (!isRootOf(root, name)) {
            throw new IllegalArgumentException("not the root certificate of overlay " + name + ": "
                    + root.getSubjectX500Principal().getName());
        }
        try {
            KeyAlgorithm algorithm = KeyAlgorithm.of(root.getPublicKey());
            if (!KeyPairs.matches(root.getPublicKey(), key)) {
                throw new IllegalArgumentException("the root key does not belong to the root certificate");
            }
            return new OverlayCa(name, root, key, algorithm, clock);
        } catch (ReloadSecurityException e) {
            throw new IllegalArgumentException("unusable root key: " + e.getMessage(), e);
        }
    }

    /** Whether {@code certificate} is a root certificate this class made for {@code overlay}. */
    public static boolean isRootOf(X509Certificate certificate, String overlay) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        return subject.equals(rootName(overlay.toLowerCase(Locale.ROOT))) && certificate.getBasicConstraints() >= 0;
    }

    /** The overlay name. */
    public String overlay() {
        return overlay;
    }

    /** The self-signed root certificate: the trust anchor to list as {@code root-cert}. */
    public X509Certificate rootCertificate() {
        return root;
    }

    /** The key algorithm of the root. */
    public KeyAlgorithm keyAlgorithm() {
        return algorithm;
    }

    /**
     * A node certificate (RFC 6940, 11.3) for {@code subjectKey}, valid from now for
     * {@code validity} but never beyond the root.
     *
     * @param nodeIds  the Node-IDs, at least one, all of one length, no repeats
     * @param userName the user name
     * @throws ReloadSecurityException UNSUPPORTED_ALGORITHM when {@link KeyAlgorithm#of(PublicKey)}
     *                                 refuses the key
     */
    public X509Certificate issueNodeCertificate(PublicKey subjectKey, List<NodeId> nodeIds, UserName userName,
            Duration validity) throws ReloadSecurityException {
        KeyAlgorithm.of(subjectKey);
        requireOneLength(nodeIds);
        return endEntity(new X500Name(new RDN[0]), subjectKey, validity)
                .extension(Extension.subjectAlternativeName, true, SubjectAltNames.of(nodeIds, overlay, userName.value()))
                .extension(Extension.extendedKeyUsage, false,
                        new ExtendedKeyUsage(new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}))
                .sign(root, key, algorithm);
    }

    /**
     * The TLS server certificate of the enrollment and configuration server: subject
     * {@code CN=<dnsName>}, subjectAltName the one dNSName, extended key usage serverAuth, so
     * that clients match it against the overlay name (RFC 6940, 11.2, 11.3; RFC 2818).
     *
     * @throws ReloadSecurityException UNSUPPORTED_ALGORITHM when {@link KeyAlgorithm#of(PublicKey)}
     *                                 refuses the key
     */
    public X509Certificate issueServerCertificate(PublicKey subjectKey, String dnsName, Duration validity)
            throws ReloadSecurityException {
        KeyAlgorithm.of(subjectKey);
        String host = overlayName(dnsName);
        return endEntity(new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, host).build(), subjectKey, validity)
                .extension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName(GeneralName.dNSName, host)))
                .extension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                .sign(root, key, algorithm);
    }

    /** The root's private key, for {@link OverlayCaStore}. */
    PrivateKey privateKey() {
        return key;
    }

    private CertificateBuilder endEntity(X500Name subject, PublicKey subjectKey, Duration validity) {
        Instant now = clock.instant();
        Instant rootEnd = root.getNotAfter().toInstant();
        Instant end = now.plus(validity).isAfter(rootEnd) ? rootEnd : now.plus(validity);
        return new CertificateBuilder(subject, subjectKey).validity(now.minus(CLOCK_SKEW), end).endEntity();
    }

    private static X500Name rootName(String overlay) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.OU, ROOT_UNIT).addRDN(BCStyle.CN, overlay).build();
    }

    private static String overlayName(String overlay) {
        Objects.requireNonNull(overlay, "overlay");
        if (!OverlayHash.isDnsName(overlay)) {
            throw new IllegalArgumentException("an overlay name is a DNS name: " + overlay);
        }
        return overlay.toLowerCase(Locale.ROOT);
    }

    private static void requireOneLength(List<NodeId> nodeIds) {
        if (nodeIds.stream().map(NodeId::length).distinct().count() > 1) {
            throw new IllegalArgumentException("Node-IDs of one overlay have one length: " + nodeIds);
        }
    }
}
