package org.reloadj.core.storage;

import java.util.Collection;
import java.util.List;
import org.reloadj.wire.message.GenericCertificate;
import org.reloadj.wire.storage.StoredData;

/**
 * The certificates that verify the signatures of stored values (RFC 6940, 6.3.4 and 7.1), which a
 * peer sends in the security block of a FetchAns or a replica Store so that the receiver can
 * check every value. The security wiring implements it with the certificates seen when the values
 * were stored.
 */
@FunctionalInterface
public interface ValueCertificates {
    /** No certificates: for stand-in security that has none. */
    ValueCertificates NONE = values -> List.of();

    /** The certificates of the signers of {@code values}, each once. */
    List<GenericCertificate> certificatesOf(Collection<StoredData> values);
}
