package org.reloadj.core.node;

import java.util.List;
import java.util.Objects;
import org.reloadj.wire.body.MessageBody;
import org.reloadj.wire.io.WireWriter;
import org.reloadj.wire.message.GenericCertificate;

/**
 * An answer body together with the certificates that verify the signatures inside it, which the
 * response's security block carries beside the responder's own (RFC 6940, 6.3.4: "all the
 * certificates necessary to verify every signature in both the message and the internal message
 * objects"); a {@link RequestHandler} returns one for a FetchAns, whose stored values other nodes
 * signed (7.4.2.2). On the wire it is the body alone.
 *
 * @param body         the answer body
 * @param certificates the certificates of the signers inside it
 */
public record CertifiedBody(MessageBody body, List<GenericCertificate> certificates) implements MessageBody {
    /** Checks the body is present and copies the list. */
    public CertifiedBody {
        Objects.requireNonNull(body, "body");
        certificates = List.copyOf(certificates);
    }

    @Override
    public int messageCode() {
        return body.messageCode();
    }

    @Override
    public void encode(WireWriter w) {
        body.encode(w);
    }
}
