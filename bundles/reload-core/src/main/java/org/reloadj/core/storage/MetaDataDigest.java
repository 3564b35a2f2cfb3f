package org.reloadj.core.storage;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.HashAlgorithm;
import org.reloadj.wire.storage.DataValue;
import org.reloadj.wire.storage.MetaData;
import org.reloadj.wire.storage.MetaDataValue;
import org.reloadj.wire.storage.StoredData;
import org.reloadj.wire.storage.StoredDataValue;
import org.reloadj.wire.storage.StoredMetaData;

/**
 * The metadata Stat answers in place of a value (RFC 6940, 7.4.3.2): exists, the value's length,
 * and a SHA-256 digest "on the value field of the DataValue, including its 4 leading length bytes".
 * Nonexistent values, stored or synthesized, get the digest of their empty value too.
 */
final class MetaDataDigest {
    /** The hash algorithm of every digest this peer answers with. */
    static final HashAlgorithm ALGORITHM = HashAlgorithm.SHA256;

    private MetaDataDigest() {
    }

    /** The StoredMetaData of {@code data}: its storage time, lifetime, and the metadata of its value. */
    static StoredMetaData of(StoredData data) {
        return new StoredMetaData(data.storageTime(), data.lifetime(), metaValue(data.value()));
    }

    private static MetaDataValue metaValue(StoredDataValue value) {
        MetaData meta = metaData(value.value());
        if (value instanceof StoredDataValue.ArrayEntry a) {
            return new MetaDataValue.ArrayMeta(a.index(), meta);
        }
        if (value instanceof StoredDataValue.DictionaryEntry d) {
            return new MetaDataValue.DictionaryMeta(d.key(), meta);
        }
        return new MetaDataValue.SingleMeta(meta);
    }

    /** The MetaData of a DataValue. */
    static MetaData metaData(DataValue value) {
        return new MetaData(value.exists(), value.value().length(), ALGORITHM.code(), digest(value.value()));
    }

    /** SHA-256 over the uint32 length of {@code value} and its bytes. */
    static Opaque digest(Opaque value) {
        MessageDigest sha256 = sha256();
        sha256.update(ByteBuffer.allocate(4).putInt(value.length()).array());
        value.writeTo(sha256::update);
        return Opaque.of(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
