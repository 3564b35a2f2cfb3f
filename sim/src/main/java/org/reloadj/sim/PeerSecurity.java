package org.reloadj.sim;

import java.util.function.Function;
import org.reloadj.api.KindId;
import org.reloadj.api.ResourceId;
import org.reloadj.core.node.MessageSecurity;
import org.reloadj.core.storage.StoredDataVerifier;
import org.reloadj.core.storage.ValueCertificates;
import org.reloadj.security.signature.ResponsibilityCheck;
import org.reloadj.wire.storage.StoredData;
import org.reloadj.wire.storage.StoredDataValue;

/**
 * One simulated peer's signatures (RFC 6940, 6.3.4 and 7.1).
 *
 * @param messages          the node's message security, given the check of responders for
 *                          Resource-IDs (the topology's)
 * @param storedData        verifies the stored values a Store brings (7.4.1.1)
 * @param valueCertificates the certificates of the signers of stored values, for FetchAns and
 *                          replica Stores
 * @param signer            signs the values this peer stores itself
 */
record PeerSecurity(Function<ResponsibilityCheck, MessageSecurity> messages, StoredDataVerifier storedData,
        ValueCertificates valueCertificates, ValueSigner signer) {

    /** Signs a stored value (7.1). */
    @FunctionalInterface
    interface ValueSigner {
        /** {@code value} of {@code kind} at {@code resource}, signed by this peer. */
        StoredData sign(ResourceId resource, KindId kind, long storageTime, long lifetime, StoredDataValue value);
    }
}
