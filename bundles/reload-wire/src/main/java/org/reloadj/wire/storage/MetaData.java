package org.reloadj.wire.storage;

import org.reloadj.api.Opaque;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * What a Stat answers instead of a DataValue (RFC 6940, 7.4.3.2), the content of a
 * MetaDataValue: whether the value exists, its length and a digest of it.
 *
 * @param exists        same as in DataValue
 * @param valueLength   the uint32 length of the stored value
 * @param hashAlgorithm the TLS HashAlgorithm code of the digest (see
 *                      {@link org.reloadj.api.registry.HashAlgorithm}); kept as a number so that
 *                      unregistered codes pass through
 * @param hashValue     the digest of the DataValue's value field, its 4 length bytes included,
 *                      {@code opaque hash_value<0..255>}
 */
public record MetaData(boolean exists, long valueLength, int hashAlgorithm, Opaque hashValue) {
    /** Checks the fields fit the wire format. */
    public MetaData {
        StorageFields.checkUint32(valueLength, "value_length");
        if (hashAlgorithm < 0 || hashAlgorithm > 255) {
            throw new IllegalArgumentException("hash_algorithm is one byte: " + hashAlgorithm);
        }
        if (hashValue.length() > 255) {
            throw new IllegalArgumentException("hash_value has at most 255 bytes: " + hashValue.length());
        }
    }

    /** Reads a MetaData. */
    public static MetaData decode(WireReader r) throws WireException {
        boolean exists = r.readBoolean("exists");
        long length = r.readUint32("value_length");
        int hash = r.readUint8("hash_algorithm");
        return new MetaData(exists, length, hash, r.readOpaque(1, "hash_value"));
    }

    /** Writes this metadata. */
    public void encode(WireWriter w) {
        w.writeBoolean(exists).writeUint32(valueLength).writeUint8(hashAlgorithm);
        w.writeOpaque(1, hashValue, "hash_value");
    }
}
