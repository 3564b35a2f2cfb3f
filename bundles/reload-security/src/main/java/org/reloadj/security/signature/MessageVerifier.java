package org.reloadj.security.signature;

import java.util.Objects;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.ReloadSecurityException.Reason;
import org.reloadj.wire.message.Destination;
import org.reloadj.wire.message.ReloadMessage;
import org.reloadj.wire.message.Signature;

/**
 * Verifies messages on receipt (RFC 6940, 6.3.4): the signature over {@code overlay ||
 * transaction_id || MessageContents || SignerIdentity} by a valid certificate, found by its
 * signer identity; and, for responses, that the right node answered. Thread-safe.
 */
public final class MessageVerifier {
    private final SignatureVerifier verifier;
    private final ResponsibilityCheck responsibility;

    /**
     * A verifier.
     *
     * @param verifier       the signature verifier of the overlay
     * @param responsibility the check of responses to requests sent to a Resource-ID
     */
    public MessageVerifier(SignatureVerifier verifier, ResponsibilityCheck responsibility) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.responsibility = Objects.requireNonNull(responsibility, "responsibility");
    }

    /**
     * Verifies a received message's signature.
     *
     * @return who signed it
     * @throws ReloadSecurityException as {@link SignatureVerifier#verify}; the message must not
     *                                 be processed (6.3.4)
     */
    public VerifiedSigner verify(ReloadMessage message) throws ReloadSecurityException {
        Signature signature = message.security().signature();
        Opaque input = SignatureInputs.message(message.header(), message.contents(), signature.identity());
        return verifier.verify(signature, input, message.security().certificates());
    }

    /**
     * Checks a verified response against the request it answers (6.3.4): a request sent to a
     * Node-ID must be answered by that Node-ID, unless it was the wildcard Node-ID (all ones);
     * a request sent to a Resource-ID must be answered by a node the {@link ResponsibilityCheck}
     * accepts.
     *
     * @param responder          the verified signer of the response
     * @param requestDestination the last entry of the request's destination list
     * @throws ReloadSecurityException WRONG_RESPONDER when the rule is broken
     * @throws IllegalArgumentException when the destination is neither a Node-ID nor a
     *                                  Resource-ID (pass the uncompressed destination)
     */
    public void checkResponse(VerifiedSigner responder, Destination requestDestination) throws ReloadSecurityException {
        boolean ok;
        if (requestDestination instanceof Destination.Node n) {
            ok = isWildcard(n.nodeId()) || n.nodeId().equals(responder.nodeId());
        } else if (requestDestination instanceof Destination.Resource r) {
            ok = responsibility.mayRespondFor(responder.nodeId(), r.resourceId());
        } else {
            throw new IllegalArgumentException("the response rule needs a Node-ID or Resource-ID destination, not "
                    + requestDestination);
        }
        if (!ok) {
            throw new ReloadSecurityException(Reason.WRONG_RESPONDER,
                    responder.nodeId() + " may not answer a request sent to " + requestDestination);
        }
    }

    private static boolean isWildcard(NodeId id) {
        for (int i = 0; i < id.length(); i++) {
            if (id.bytes().byteAt(i) != (byte) 0xFF) {
                return false;
            }
        }
        return true;
    }
}
