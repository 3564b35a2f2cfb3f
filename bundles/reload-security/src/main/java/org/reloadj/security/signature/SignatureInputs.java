package org.reloadj.security.signature;

import org.reloadj.api.KindId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;
import org.reloadj.wire.io.WireIds;
import org.reloadj.wire.io.WireWriter;
import org.reloadj.wire.message.ForwardingHeader;
import org.reloadj.wire.message.MessageContents;
import org.reloadj.wire.message.SignerIdentity;
import org.reloadj.wire.storage.StoredDataValue;

/**
 * The bytes that RELOAD signatures cover, each field encoded exactly as the message codec
 * encodes it.
 *
 * <ul>
 * <li>Messages (RFC 6940, 6.3.4): {@code overlay || transaction_id || MessageContents ||
 * SignerIdentity}: the uint32 overlay hash and the uint64 transaction id of the forwarding
 * header, the MessageContents structure (message code, 32-bit-length body, 32-bit-length
 * extensions), and the SignerIdentity structure (type, 16-bit length, value). The rest of the
 * forwarding header (TTL, via and destination lists, options) changes in transit and is not
 * covered.</li>
 * <li>Stored data (7.1): {@code resource_id || kind || storage_time || StoredDataValue ||
 * SignerIdentity}: the ResourceId as on the wire, {@code opaque<0..2^8-1>} (its one-byte length
 * then its bytes); the uint32 Kind-ID; the uint64 storage time; the StoredDataValue in the arm of
 * the kind's data model (single value: DataValue; array: uint32 index then DataValue;
 * dictionary: 16-bit-length key then DataValue; a DataValue is the exists byte then the
 * 32-bit-length value); and the SignerIdentity structure. An array entry's index is set to zero
 * first (7.4.2.2), so an entry appended with index 0xffffffff verifies under the index the
 * storing peer gives it. The lifetime is not covered (a replica's lifetime is lowered in transit,
 * 7.4.1.1).</li>
 * </ul>
 */
public final class SignatureInputs {
    private SignatureInputs() {
    }

    /** The input of a message signature. */
    public static Opaque message(ForwardingHeader header, MessageContents contents, SignerIdentity identity) {
        return message(header.overlay(), header.transactionId(), contents, identity);
    }

    /** The input of a message signature, from the header's overlay and transaction id. */
    public static Opaque message(int overlay, long transactionId, MessageContents contents, SignerIdentity identity) {
        return WireWriter.encode(w -> {
            w.writeInt32(overlay).writeInt64(transactionId);
            contents.encode(w);
            identity.encode(w);
        });
    }

    /** The value as a stored-data signature covers it: an array entry with index zero (7.4.2.2). */
    static StoredDataValue asSigned(StoredDataValue value) {
        if (value instanceof StoredDataValue.ArrayEntry entry && entry.index() != 0) {
            return new StoredDataValue.ArrayEntry(0, entry.value());
        }
        return value;
    }

    /** The input of a stored-data signature. */
    public static Opaque storedData(ResourceId resource, KindId kind, long storageTime, StoredDataValue value,
            SignerIdentity identity) {
        return WireWriter.encode(w -> {
            WireIds.writeResourceId(w, resource);
            WireIds.writeKind(w, kind);
            w.writeInt64(storageTime);
            asSigned(value).encode(w);
            identity.encode(w);
        });
    }
}
