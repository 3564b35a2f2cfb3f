package org.reloadj.security.issue;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.reloadj.security.KeyAlgorithm;

/**
 * One X.509 v3 certificate in the making: subject, key, validity, and extensions; the subject key
 * identifier is always added, the authority key identifier for every certificate the root signs.
 * The serial number is 127 random bits (RFC 5280, 4.1.2.2: positive, at most 20 octets).
 */
final class CertificateBuilder {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final X500Name subject;
    private final PublicKey subjectKey;
    private final List<Extension> extensions = new ArrayList<>();
    private Instant notBefore;
    private Instant notAfter;

    CertificateBuilder(X500Name subject, PublicKey subjectKey) {
        this.subject = subject;
        this.subjectKey = subjectKey;
    }

    CertificateBuilder validity(Instant from, Instant to) {
        this.notBefore = from;
        this.notAfter = to;
        return this;
    }

    CertificateBuilder extension(ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) {
        try {
            extensions.add(new Extension(oid, critical, value.toASN1Primitive().getEncoded()));
            return this;
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode extension " + oid, e);
        }
    }

    /** An end-entity certificate (not a CA) that may sign with its key, and encipher with RSA. */
    CertificateBuilder endEntity() {
        int usage = KeyUsage.digitalSignature;
        if ("RSA".equals(subjectKey.getAlgorithm())) {
            usage |= KeyUsage.keyEncipherment;
        }
        extension(Extension.basicConstraints, true, new BasicConstraints(false));
        return extension(Extension.keyUsage, true, new KeyUsage(usage));
    }

    /** Signs the certificate as {@code issuer}, or as itself when {@code issuer} is null. */
    X509Certificate sign(X509Certificate issuer, PrivateKey issuerKey, KeyAlgorithm algorithm) {
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X500Name issuerName = issuer == null ? subject : X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded());
            BigInteger serial = new BigInteger(127, RANDOM).setBit(126);
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName, serial,
                    Date.from(notBefore), Date.from(notAfter), subject, subjectKey);
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(subjectKey));
            if (issuer != null) {
                builder.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuer));
            }
            for (Extension e : extensions) {
                builder.addExtension(e);
            }
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder(algorithm.jcaSignatureAlgorithm()).build(issuerKey)));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot sign a certificate: " + e.getMessage(), e);
        }
    }
}
