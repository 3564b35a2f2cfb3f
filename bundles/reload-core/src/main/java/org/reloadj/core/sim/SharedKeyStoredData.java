package org.reloadj.core.sim;

import java.util.List;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.api.ReloadException;
import org.reloadj.api.ResourceId;
import org.reloadj.core.node.VerifiedSender;
import org.reloadj.core.storage.StoredDataVerifier;
import org.reloadj.core.storage.Writer;
import org.reloadj.security.signature.SignatureInputs;
import org.reloadj.wire.message.GenericCertificate;
import org.reloadj.wire.message.SignerIdentity;
import org.reloadj.wire.storage.StoredData;
import org.reloadj.wire.storage.StoredDataValue;

/**
 * Stored-data "signatures" for tests and simulation only, the twin of {@link SharedKeySecurity}:
 * an HMAC-SHA256 with the shared key over the input of RFC 6940, 7.1 ({@code resource_id || kind
 * || storage_time || StoredDataValue || SignerIdentity}). The writer a value verifies to is the
 * Node-ID and user name its identity claims, which access control (7.3) then judges. Never use
 * it in a real overlay.
 */
public final class SharedKeyStoredData implements StoredDataVerifier {
    private final SharedKey key;
    private final int idLength;
    private final SignerIdentity identity;

    /** Signs as {@code self} with user name {@code userName}, with the shared {@code key}. */
    public SharedKeyStoredData(byte[] key, NodeId self, String userName) {
        this.key = new SharedKey(key);
        this.idLength = self.length();
        this.identity = SharedKey.identity(self, userName);
    }

    /**
     * {@code value} of {@code kind} at {@code resource}, signed by this node.
     *
     * @param storageTime milliseconds since the epoch (7)
     * @param lifetime    seconds
     */
    public StoredData sign(ResourceId resource, KindId kind, long storageTime, long lifetime, StoredDataValue value) {
        return new StoredData(storageTime, lifetime, value,
                key.sign(identity, SignatureInputs.storedData(resource, kind, storageTime, value, identity)));
    }

    /** Checks the value's shared-key signature; the writer is whom its identity names. */
    @Override
    public Writer verify(ResourceId resource, KindId kind, StoredData data, List<GenericCertificate> certificates)
            throws ReloadException {
        SignerIdentity claimed = data.signature().identity();
        VerifiedSender signer = key.verify(data.signature(),
                SignatureInputs.storedData(resource, kind, data.storageTime(), data.value(), claimed), idLength);
        return new Writer(signer.userName(), List.of(signer.nodeId()), signer.nodeId());
    }
}
