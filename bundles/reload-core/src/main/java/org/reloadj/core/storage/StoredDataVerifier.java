package org.reloadj.core.storage;

import java.util.List;
import org.reloadj.api.KindId;
import org.reloadj.api.ReloadException;
import org.reloadj.api.ResourceId;
import org.reloadj.wire.message.GenericCertificate;
import org.reloadj.wire.storage.StoredData;

/**
 * Verifies the signature of a stored value (RFC 6940, 7.1) and says who made it. The security
 * bundle implements it: it finds the certificate the signer identity names, checks it is valid
 * now, and checks the signature over
 * {@code resource_id || kind || storage_time || StoredDataValue || SignerIdentity}, with the index
 * of an array entry set to zero (7.4.2.2).
 *
 * <p>The engine calls it before it changes anything, outside its lock, so an implementation may
 * take its time but must be safe to call from several threads.
 */
@FunctionalInterface
public interface StoredDataVerifier {
    /**
     * The signer of {@code data}, stored under {@code kind} at {@code resource}.
     *
     * @param certificates the certificates of the security block of the message that carried the
     *                     value (6.3.4), where the signer's certificate is looked for first
     * @throws ReloadException Error_Forbidden when the signature is not valid (7.4.1.1)
     */
    Writer verify(ResourceId resource, KindId kind, StoredData data, List<GenericCertificate> certificates)
            throws ReloadException;
}
