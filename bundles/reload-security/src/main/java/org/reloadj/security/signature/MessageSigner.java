package org.reloadj.security.signature;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.wire.message.ForwardingHeader;
import org.reloadj.wire.message.GenericCertificate;
import org.reloadj.wire.message.MessageContents;
import org.reloadj.wire.message.ReloadMessage;
import org.reloadj.wire.message.SecurityBlock;

/**
 * Signs messages as one Node-ID of a node's credentials (a {@link NodeSigner}, RFC 6940, 6.3.4): the signature covers
 * {@code overlay || transaction_id || MessageContents || SignerIdentity} (see
 * {@link SignatureInputs}), with sha256 and the key's algorithm (rsa or ecdsa), a cert_hash
 * identity when the certificate holds one Node-ID and cert_hash_node_id when it holds several;
 * the security block carries the credentials' certificate chain. Thread-safe.
 */
public final class MessageSigner {
    private final NodeSigner signer;

    /** A message signer signing as {@code signer}, e.g. {@code new MessageSigner(NodeSigner.of(credentials))}. */
    public MessageSigner(NodeSigner signer) {
        this.signer = Objects.requireNonNull(signer, "signer");
    }

    /** The signed message of {@code header} and {@code contents}. */
    public ReloadMessage sign(ForwardingHeader header, MessageContents contents) {
        return signWith(header, contents, signer.certificates());
    }

    /**
     * The signed message, its security block also carrying {@code moreCertificates} (those that
     * verify signatures inside the body, e.g. of stored data, 6.3.4).
     *
     * @throws ReloadSecurityException MALFORMED_CERTIFICATE when a certificate cannot be encoded
     */
    public ReloadMessage sign(ForwardingHeader header, MessageContents contents, List<X509Certificate> moreCertificates)
            throws ReloadSecurityException {
        return signWith(header, contents, signer.certificatesWith(moreCertificates));
    }

    private ReloadMessage signWith(ForwardingHeader header, MessageContents contents, List<GenericCertificate> certs) {
        return new ReloadMessage(header, contents, new SecurityBlock(certs,
                signer.sign(identity -> SignatureInputs.message(header, contents, identity))));
    }
}
