package org.reloadj.wire.message;

import java.util.Objects;
import org.reloadj.api.Opaque;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * A signature (RFC 6940, 6.3.4): the TLS SignatureAndHashAlgorithm, the signer's identity and
 * the signature value. Used for messages and for stored data (7.1).
 *
 * @param hashAlgorithm      TLS HashAlgorithm code
 * @param signatureAlgorithm TLS SignatureAlgorithm code
 * @param identity           who signed
 * @param value              the signature value
 */
public record Signature(int hashAlgorithm, int signatureAlgorithm, SignerIdentity identity, Opaque value) {
    /** Checks the fields fit the wire format. */
    public Signature {
        if (hashAlgorithm < 0 || hashAlgorithm > 255 || signatureAlgorithm < 0 || signatureAlgorithm > 255) {
            throw new IllegalArgumentException("algorithms are one byte each");
        }
        Objects.requireNonNull(identity, "identity");
        if (value.length() > 0xFFFF) {
            throw new IllegalArgumentException("signature value too long: " + value.length());
        }
    }

    /** An empty signature: algorithm 0/0, no identity, no value. */
    public static Signature unsigned() {
        return new Signature(0, 0, SignerIdentity.None.INSTANCE, Opaque.EMPTY);
    }

    /** Reads a Signature. */
    public static Signature decode(WireReader r) throws WireException {
        int hash = r.readUint8("signature hash algorithm");
        int sig = r.readUint8("signature algorithm");
        SignerIdentity identity = SignerIdentity.decode(r);
        return new Signature(hash, sig, identity, r.readOpaque(2, "signature_value"));
    }

    /** Writes this signature. */
    public void encode(WireWriter w) {
        w.writeUint8(hashAlgorithm).writeUint8(signatureAlgorithm);
        identity.encode(w);
        w.writeOpaque(2, value, "signature_value");
    }
}
