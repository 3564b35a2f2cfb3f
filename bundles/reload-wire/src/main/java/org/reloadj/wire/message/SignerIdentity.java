package org.reloadj.wire.message;

import java.util.Objects;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.SignerIdentityType;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * Who made a signature (RFC 6940, 6.3.4): the hash of the signer's certificate
 * ({@code cert_hash}), the hash of Node-ID and certificate ({@code cert_hash_node_id}), no
 * identity ({@code none}), or a form this implementation does not know (the structure may be
 * extended), kept as it came.
 */
public sealed interface SignerIdentity {

    /** The identity type code. */
    int type();

    /** Writes the identity value (without type and length). */
    void encodeValue(WireWriter w);

    /** Writes the SignerIdentity: type, 16-bit length, value. */
    default void encode(WireWriter w) {
        w.writeUint8(type());
        int at = w.beginLength(2);
        encodeValue(w);
        w.endLength(at, 2, "signer identity");
    }

    /** Reads a SignerIdentity. */
    static SignerIdentity decode(WireReader r) throws WireException {
        int type = r.readUint8("identity_type");
        WireReader value = r.readVector(2, "signer identity");
        SignerIdentity id = switch (type) {
            case 1 -> new CertHash(value.readUint8("hash_alg"), value.readOpaque(1, "certificate_hash"));
            case 2 -> new CertHashNodeId(value.readUint8("hash_alg"), value.readOpaque(1, "certificate_node_id_hash"));
            case 3 -> None.INSTANCE;
            case 0 -> throw WireException.invalid("signer identity of type invalidSignerIdentityType(0)");
            default -> new Unknown(type, value.readRest());
        };
        value.assertFinished("signer identity");
        return id;
    }

    /**
     * {@code cert_hash}: the hash of the DER certificate of a signer with one Node-ID.
     *
     * @param hashAlgorithm TLS HashAlgorithm code
     * @param hash          the certificate hash
     */
    record CertHash(int hashAlgorithm, Opaque hash) implements SignerIdentity {
        /** Checks the fields fit. */
        public CertHash {
            checkHash(hashAlgorithm, hash);
        }

        @Override
        public int type() {
            return SignerIdentityType.CERT_HASH.code();
        }

        @Override
        public void encodeValue(WireWriter w) {
            w.writeUint8(hashAlgorithm).writeOpaque(1, hash, "certificate_hash");
        }
    }

    /**
     * {@code cert_hash_node_id}: H(Node-ID || certificate), for a certificate with several
     * Node-IDs.
     *
     * @param hashAlgorithm TLS HashAlgorithm code
     * @param hash          the hash
     */
    record CertHashNodeId(int hashAlgorithm, Opaque hash) implements SignerIdentity {
        /** Checks the fields fit. */
        public CertHashNodeId {
            checkHash(hashAlgorithm, hash);
        }

        @Override
        public int type() {
            return SignerIdentityType.CERT_HASH_NODE_ID.code();
        }

        @Override
        public void encodeValue(WireWriter w) {
            w.writeUint8(hashAlgorithm).writeOpaque(1, hash, "certificate_node_id_hash");
        }
    }

    /** {@code none}: no identity (used where the RFC allows unsigned data). */
    final class None implements SignerIdentity {
        /** The one instance. */
        public static final None INSTANCE = new None();

        private None() {
        }

        @Override
        public int type() {
            return SignerIdentityType.NONE.code();
        }

        @Override
        public void encodeValue(WireWriter w) {
            // empty by definition (6.3.4)
        }

        @Override
        public String toString() {
            return "None";
        }
    }

    /**
     * An identity type this implementation does not know.
     *
     * @param type  the type code, 4..255
     * @param value the identity value
     */
    record Unknown(int type, Opaque value) implements SignerIdentity {
        /** Checks the type is not a known one. */
        public Unknown {
            if (type < 4 || type > 255) {
                throw new IllegalArgumentException("not an unknown identity type: " + type);
            }
            Objects.requireNonNull(value, "value");
        }

        @Override
        public void encodeValue(WireWriter w) {
            w.writeFixed(value);
        }
    }

    private static void checkHash(int hashAlgorithm, Opaque hash) {
        if (hashAlgorithm < 0 || hashAlgorithm > 255) {
            throw new IllegalArgumentException("hash algorithm is one byte: " + hashAlgorithm);
        }
        if (hash.length() > 255) {
            throw new IllegalArgumentException("hash has at most 255 bytes: " + hash.length());
        }
    }
}
