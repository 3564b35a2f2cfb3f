package org.reloadj.security.signature;

import java.util.Objects;
import org.reloadj.api.KindId;
import org.reloadj.api.ResourceId;
import org.reloadj.wire.storage.StoredData;
import org.reloadj.wire.storage.StoredDataValue;

/**
 * Signs stored data as one Node-ID of a node's credentials (a {@link NodeSigner}, RFC 6940, 7.1): each StoredData is
 * signed over {@code resource_id || kind || storage_time || StoredDataValue || SignerIdentity}
 * (see {@link SignatureInputs}), for every data model. The certificates in
 * {@link NodeSigner#certificates()} must travel in the security block of the message that carries the
 * data (6.3.4). Thread-safe.
 */
public final class StoredDataSigner {
    private final NodeSigner signer;

    /** A stored-data signer signing as {@code signer}. */
    public StoredDataSigner(NodeSigner signer) {
        this.signer = Objects.requireNonNull(signer, "signer");
    }

    /**
     * A signed StoredData of {@code value} for {@code kind} at {@code resource}.
     *
     * @param storageTime milliseconds since the Unix epoch, as a uint64 (7)
     * @param lifetime    seconds, a uint32 (not signed)
     */
    public StoredData sign(ResourceId resource, KindId kind, long storageTime, long lifetime, StoredDataValue value) {
        return new StoredData(storageTime, lifetime, value,
                signer.sign(identity -> SignatureInputs.storedData(resource, kind, storageTime, value, identity)));
    }
}
