package org.reloadj.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.x509.Certificate;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.HashAlgorithm;
import org.reloadj.security.ReloadSecurityException.Reason;
import org.reloadj.security.internal.Der;
import org.reloadj.security.internal.Digests;

/**
 * A RELOAD node certificate (RFC 6940, 11.3): an X.509 certificate with an empty subject whose
 * subjectAltName holds one reload URI per Node-ID, all of one overlay, and exactly one user name
 * (see {@link SubjectAltNames}). Parsing checks the form only; whether the certificate is trusted
 * is for {@link CertificateValidator}.
 *
 * @param x509     the certificate
 * @param der      its DER encoding, exactly as received (what cert_hash digests, 6.3.4)
 * @param userName the user name (the rfc822Name)
 * @param nodeIds  the Node-IDs, in the order of the subjectAltName
 * @param overlay  the overlay name of the reload URIs
 */
public record ReloadCertificate(X509Certificate x509, Opaque der, String userName, List<NodeId> nodeIds,
        String overlay) {

    /** Checks the parts are present and copies the list. */
    public ReloadCertificate {
        Objects.requireNonNull(x509, "x509");
        Objects.requireNonNull(der, "der");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(overlay, "overlay");
        nodeIds = List.copyOf(nodeIds);
        if (nodeIds.isEmpty()) {
            throw new IllegalArgumentException("a node certificate holds at least one Node-ID");
        }
    }

    /**
     * Reads a node certificate of an overlay whose Node-IDs have {@code nodeIdLength} bytes.
     *
     * @throws ReloadSecurityException MALFORMED_CERTIFICATE when the subject is not empty or the
     *                                 subjectAltName is not that of 11.3
     */
    public static ReloadCertificate parse(X509Certificate cert, int nodeIdLength) throws ReloadSecurityException {
        return parse(cert, Der.of(cert), nodeIdLength);
    }

    /**
     * Reads a DER node certificate; the bytes must be one certificate and nothing more.
     *
     * @throws ReloadSecurityException MALFORMED_CERTIFICATE when the bytes are not one X.509
     *                                 certificate or it is not a node certificate of 11.3
     */
    public static ReloadCertificate parse(Opaque der, int nodeIdLength) throws ReloadSecurityException {
        return parse(x509(der), nodeIdLength);
    }

    /**
     * Decodes one DER X.509 certificate, refusing trailing bytes and non-DER encodings (the hash
     * of a certificate is that of the bytes sent, so they must be the certificate's encoding).
     *
     * @throws ReloadSecurityException MALFORMED_CERTIFICATE
     */
    public static X509Certificate x509(Opaque der) throws ReloadSecurityException {
        byte[] bytes = der.toByteArray();
        try {
            X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(bytes));
            if (!der.equals(Opaque.of(cert.getEncoded()))) {
                throw new ReloadSecurityException(Reason.MALFORMED_CERTIFICATE,
                        "the bytes are not exactly one DER certificate");
            }
            return cert;
        } catch (CertificateException | ClassCastException e) {
            throw new ReloadSecurityException(Reason.MALFORMED_CERTIFICATE,
                    "not an X.509 certificate: " + e.getMessage(), e);
        }
    }

    private static ReloadCertificate parse(X509Certificate cert, Opaque der, int nodeIdLength)
            throws ReloadSecurityException {
        if (!NodeId.isValidLength(nodeIdLength)) {
            throw new IllegalArgumentException("Node-IDs have 16 to 20 bytes, not " + nodeIdLength);
        }
        if (cert.getSubjectX500Principal().getEncoded().length != 2) {
            throw new ReloadSecurityException(Reason.MALFORMED_CERTIFICATE,
                    "the subject of a node certificate must be empty (11.3), not " + cert.getSubjectX500Principal());
        }
        SubjectAltNames.Names names = SubjectAltNames.read(cert, nodeIdLength);
        return new ReloadCertificate(cert, der, names.userName(), names.nodeIds(), names.overlay());
    }

    /** Whether {@code nodeId} is one of this certificate's Node-IDs. */
    public boolean holds(NodeId nodeId) {
        return nodeIds.contains(nodeId);
    }

    /**
     * The digest of the DER certificate, the {@code certificate_hash} of a cert_hash signer
     * identity (6.3.4).
     *
     * @throws IllegalArgumentException for md5, none and intrinsic, which are not computed here
     */
    public Opaque hash(HashAlgorithm algorithm) {
        return Digests.digest(algorithm, der);
    }

    /**
     * The DER subjectPublicKeyInfo exactly as the certificate carries it, from which a
     * self-signed certificate's Node-IDs are derived (11.3.1).
     */
    public Opaque subjectPublicKeyInfo() {
        try {
            return Opaque.of(Certificate.getInstance(der.toByteArray()).getSubjectPublicKeyInfo()
                    .getEncoded(ASN1Encoding.DER));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("a parsed certificate has a subjectPublicKeyInfo", e);
        }
    }

    @Override
    public String toString() {
        return "ReloadCertificate[user=" + userName + ", nodeIds=" + nodeIds + ", overlay=" + overlay + "]";
    }
}
