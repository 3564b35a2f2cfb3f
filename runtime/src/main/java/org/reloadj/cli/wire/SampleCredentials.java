package org.reloadj.cli.wire;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;

/**
 * Freshly generated credentials for sample messages: an overlay CA and a node certificate shaped
 * as RFC 6940, 11.3 asks (empty subject; subjectAltName with the node's {@code reload:} URI and
 * the user's rfc822Name). Generated at run time, so no key ever lives in the repository.
 *
 * @param caCertificate   DER of the CA certificate
 * @param nodeCertificate DER of the node certificate
 * @param nodeKey         the node's private key (ECDSA P-256)
 */
public record SampleCredentials(Opaque caCertificate, Opaque nodeCertificate, PrivateKey nodeKey) {

    /** New credentials for {@code nodeId} of user {@code user} in {@code overlay}. */
    public static SampleCredentials generate(NodeId nodeId, String user, String overlay) {
        try {
            KeyPair ca = newKey();
            KeyPair node = newKey();
            Instant now = Instant.now();
            X500Name caName = new X500Name("CN=ReloadJ sample enrollment CA, O=ReloadJ");
            JcaX509v3CertificateBuilder caBuilder = new JcaX509v3CertificateBuilder(caName, BigInteger.ONE,
                    Date.from(now), Date.from(now.plus(Duration.ofDays(365))), caName, ca.getPublic());
            caBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            JcaX509v3CertificateBuilder nodeBuilder = new JcaX509v3CertificateBuilder(caName, BigInteger.TWO,
                    Date.from(now), Date.from(now.plus(Duration.ofDays(30))), new X500Name(new org.bouncycastle.asn1.x500.RDN[0]),
                    node.getPublic());
            String uri = "reload://0110" + nodeId.bytes().toHex() + "@" + overlay + "/";
            nodeBuilder.addExtension(Extension.subjectAlternativeName, true, new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.uniformResourceIdentifier, uri),
                new GeneralName(GeneralName.rfc822Name, user)}));
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(ca.getPrivate());
            return new SampleCredentials(der(caBuilder.build(signer)), der(nodeBuilder.build(signer)), node.getPrivate());
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException("cannot generate sample credentials", e);
        }
    }

    /** SHA-256 of the node certificate: the cert_hash signer identity (RFC 6940, 6.3.4). */
    public Opaque nodeCertificateHash() {
        try {
            return Opaque.of(MessageDigest.getInstance("SHA-256").digest(nodeCertificate.toByteArray()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** An ECDSA-with-SHA-256 signature of {@code input} by the node key. */
    public Opaque sign(byte[] input) {
        try {
            java.security.Signature s = java.security.Signature.getInstance("SHA256withECDSA");
            s.initSign(nodeKey);
            s.update(input);
            return Opaque.of(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a sample", e);
        }
    }

    private static KeyPair newKey() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return g.generateKeyPair();
    }

    private static Opaque der(X509CertificateHolder holder) throws java.io.IOException {
        return Opaque.of(holder.getEncoded());
    }
}
