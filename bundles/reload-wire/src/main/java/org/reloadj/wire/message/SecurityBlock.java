package org.reloadj.wire.message;

import java.util.List;
import java.util.Objects;
import org.reloadj.wire.io.Vectors;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * The third part of a message (RFC 6940, 6.3.4): the certificates needed to verify its
 * signatures, and the message signature.
 *
 * @param certificates the bucket of certificates
 * @param signature    the message signature
 */
public record SecurityBlock(List<GenericCertificate> certificates, Signature signature) {
    /** Copies the list. */
    public SecurityBlock {
        certificates = List.copyOf(certificates);
        Objects.requireNonNull(signature, "signature");
    }

    /** Reads a SecurityBlock. */
    public static SecurityBlock decode(WireReader r) throws WireException {
        List<GenericCertificate> certs = Vectors.read(r, 2, "certificates", GenericCertificate::decode);
        return new SecurityBlock(certs, Signature.decode(r));
    }

    /** Writes this block. */
    public void encode(WireWriter w) {
        Vectors.write(w, 2, "certificates", certificates, GenericCertificate::encode);
        signature.encode(w);
    }
}
