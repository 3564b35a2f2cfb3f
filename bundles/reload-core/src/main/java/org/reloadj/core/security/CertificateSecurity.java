package org.reloadj.core.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.ReloadException;
import org.reloadj.core.node.MessageSecurity;
import org.reloadj.core.node.VerifiedSender;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.security.signature.MessageSigner;
import org.reloadj.security.signature.MessageVerifier;
import org.reloadj.security.signature.VerifiedSigner;
import org.reloadj.wire.message.Destination;
import org.reloadj.wire.message.GenericCertificate;
import org.reloadj.wire.message.ReloadMessage;
import org.reloadj.wire.message.SecurityBlock;

/**
 * The node's {@link MessageSecurity} with certificates (RFC 6940, 6.3.4): messages are signed by
 * the node's {@link MessageSigner} (its Node-ID's key, its certificate chain in the security
 * block, beside the certificates the unsigned message already carries for signatures inside its
 * body), verified by a {@link MessageVerifier} (a signature by a certificate valid now and
 * trusted by the overlay), and responses checked with the response rules of 6.3.4, the
 * Resource-ID rule judged by the topology. Thread-safe.
 */
public final class CertificateSecurity implements MessageSecurity {
    private final MessageSigner signer;
    private final MessageVerifier verifier;

    /** Signs with {@code signer}, verifies with {@code verifier}. */
    public CertificateSecurity(MessageSigner signer, MessageVerifier verifier) {
        this.signer = Objects.requireNonNull(signer, "signer");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
    }

    @Override
    public ReloadMessage sign(ReloadMessage unsigned) {
        ReloadMessage signed = signer.sign(unsigned.header(), unsigned.contents());
        List<GenericCertificate> carried = unsigned.security().certificates();
        if (carried.isEmpty()) {
            return signed;
        }
        Set<GenericCertificate> all = new LinkedHashSet<>(signed.security().certificates());
        all.addAll(carried);
        return new ReloadMessage(signed.header(), signed.contents(),
                new SecurityBlock(List.copyOf(all), signed.security().signature()));
    }

    @Override
    public VerifiedSender verify(ReloadMessage message) throws ReloadException {
        VerifiedSigner signer = verifier.verify(message);
        return VerifiedSender.of(signer.certificate(), signer.nodeId());
    }

    /**
     * Checks the responder with {@link MessageVerifier#checkResponse}: the Node-ID asked, or the
     * wildcard; for a Resource-ID, a node the topology accepts.
     */
    @Override
    public void checkResponder(VerifiedSender responder, Destination target) throws ReloadException {
        ReloadCertificate certificate = responder.certificate().orElseThrow(() -> new ReloadException(
                ErrorCode.ERROR_FORBIDDEN, "the response of " + responder.nodeId() + " was not verified by certificate"));
        verifier.checkResponse(new VerifiedSigner(certificate, responder.nodeId()), target);
    }
}
