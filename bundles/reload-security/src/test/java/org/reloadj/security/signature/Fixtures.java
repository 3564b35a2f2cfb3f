package org.reloadj.security.signature;

import static org.reloadj.security.TestPki.nodeId;

import java.util.List;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.OverlayHash;
import org.reloadj.security.CertificateValidator;
import org.reloadj.security.Credentials;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.SelfSignedPolicy;
import org.reloadj.security.TestPki;
import org.reloadj.security.TrustAnchors;
import org.reloadj.wire.body.BodyCodec;
import org.reloadj.wire.body.PingReq;
import org.reloadj.wire.message.Destination;
import org.reloadj.wire.message.ForwardingHeader;
import org.reloadj.wire.message.GenericCertificate;
import org.reloadj.wire.message.MessageContents;

/**
 * The nodes of the signature tests: an RSA node with one Node-ID issued by the root, an ECDSA
 * node with one Node-ID issued by an intermediate, an ECDSA node with three Node-IDs, and a node
 * of another root.
 */
final class Fixtures {
    static final TestPki.Ca ROOT = TestPki.root("Test Root");
    static final TestPki.Ca INTERMEDIATE = ROOT.intermediate("Test Intermediate");
    static final TestPki.Ca OTHER_ROOT = TestPki.root("Other Root", TestPki.key(KeyAlgorithm.ECDSA_P256, 8));
    static final NodeId RSA_NODE = nodeId(0x10);
    static final NodeId EC_NODE = nodeId(0x20);
    static final List<NodeId> MULTI_NODES = List.of(nodeId(0x30), nodeId(0x40), nodeId(0x50));
    static final NodeId STRANGER = nodeId(0x60);

    private Fixtures() {
    }

    static Credentials credentials(KeyAlgorithm algorithm) throws ReloadSecurityException {
        return algorithm == KeyAlgorithm.RSA_2048
                ? ROOT.node(TestPki.key(KeyAlgorithm.RSA_2048, 0), RSA_NODE).credentials()
                : INTERMEDIATE.node(TestPki.key(KeyAlgorithm.ECDSA_P256, 0), EC_NODE).credentials();
    }

    static Credentials multi() throws ReloadSecurityException {
        return ROOT.node(TestPki.key(KeyAlgorithm.ECDSA_P256, 1), MULTI_NODES.toArray(NodeId[]::new)).credentials();
    }

    static Credentials stranger() throws ReloadSecurityException {
        return OTHER_ROOT.node(TestPki.key(KeyAlgorithm.ECDSA_P256, 2), STRANGER).credentials();
    }

    static CertificateValidator validator() {
        return new CertificateValidator(TrustAnchors.of(List.of(ROOT.cert())), TestPki.CLOCK, TestPki.NODE_ID_LENGTH,
                SelfSignedPolicy.forbidden());
    }

    static SignatureVerifier signatureVerifier(CertificateSource source) {
        return new SignatureVerifier(validator(), source);
    }

    static ForwardingHeader header(Destination to) {
        return new ForwardingHeader(OverlayHash.of(TestPki.OVERLAY), 1, 100, ForwardingHeader.UNFRAGMENTED,
                0x0123456789abcdefL, 5000, List.of(), List.of(to), List.of());
    }

    static MessageContents ping() {
        return BodyCodec.contents(new PingReq(Opaque.utf8("padding")));
    }

    static GenericCertificate x509(java.security.cert.X509Certificate cert) {
        try {
            return GenericCertificate.x509(Opaque.of(cert.getEncoded()));
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Opaque flip(Opaque value, int index) {
        byte[] b = value.toByteArray();
        b[index] ^= 0x01;
        return Opaque.of(b);
    }
}
