package org.reloadj.security.signature;

import java.util.List;
import java.util.Objects;
import org.reloadj.api.KindId;
import org.reloadj.api.ResourceId;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.wire.message.GenericCertificate;
import org.reloadj.wire.storage.StoredData;

/**
 * Verifies the signature of stored data (RFC 6940, 7.1), e.g. each value of a StoreReq
 * (7.4.1.1) or of a FetchAns: over {@code resource_id || kind || storage_time ||
 * StoredDataValue || SignerIdentity}, by a certificate valid now. Data signed with identity
 * "none" or the algorithm {anonymous, none} is refused, as a Store must refuse it; a fetching
 * node that accepts such synthesized values (7.4.2.2) must recognize them before calling this.
 * Thread-safe.
 */
public final class StoredDataVerifier {
    private final SignatureVerifier verifier;

    /** A verifier using the overlay's signature verifier. */
    public StoredDataVerifier(SignatureVerifier verifier) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
    }

    /**
     * Verifies {@code data} stored at {@code resource} under {@code kind}.
     *
     * @param certificates the certificates of the security block of the message that carried it
     * @return who signed the data; authorization (the kind's access control policy, 7.3) is the
     *         caller's to check with it
     * @throws ReloadSecurityException as {@link SignatureVerifier#verify}
     */
    public VerifiedSigner verify(ResourceId resource, KindId kind, StoredData data, List<GenericCertificate> certificates)
            throws ReloadSecurityException {
        return verifier.verify(data.signature(), SignatureInputs.storedData(resource, kind, data.storageTime(),
                data.value(), data.signature().identity()), certificates);
    }
}
