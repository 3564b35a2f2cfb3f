package org.reloadj.usage.certstore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.reloadj.api.Opaque;
import org.reloadj.api.overlay.KindValues;
import org.reloadj.api.overlay.Slot;
import org.reloadj.api.overlay.StoredValue;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.security.ReloadSecurityException;

/**
 * Reads the certificates out of a fetched Certificate Store array (RFC 6940, 8), as a reader
 * that trusts neither the storing peer nor the writer: only existing values written by the owner
 * of the Resource Name (the access control of 7.3, checked again) that are node certificates of
 * that owner count, each once, the last appended first.
 */
final class StoredCertificates {
    private StoredCertificates() {
    }

    /**
     * The certificates in {@code fetched}.
     *
     * @param nodeIdLength the overlay's Node-ID length, to read node certificates (11.3)
     * @param writer       whether a value's signer may have written it
     * @param owner        whether a certificate belongs to the Resource Name's owner
     */
    static List<ReloadCertificate> read(KindValues fetched, int nodeIdLength, Predicate<StoredValue.Signer> writer,
            Predicate<ReloadCertificate> owner) {
        List<StoredValue> newestFirst = new ArrayList<>(fetched.values());
        newestFirst.sort(Comparator.comparingLong(StoredCertificates::index).reversed());
        Map<Opaque, ReloadCertificate> found = new LinkedHashMap<>();
        for (StoredValue v : newestFirst) {
            if (v.exists() && v.signer().filter(writer).isPresent()) {
                parse(v.value(), nodeIdLength).filter(owner).ifPresent(c -> found.putIfAbsent(c.der(), c));
            }
        }
        return List.copyOf(found.values());
    }

    /** Whether {@code fetched} holds {@code der} in an existing value. */
    static boolean holds(KindValues fetched, Opaque der) {
        return fetched.values().stream().anyMatch(v -> v.exists() && v.value().equals(der));
    }

    private static Optional<ReloadCertificate> parse(Opaque der, int nodeIdLength) {
        try {
            return Optional.of(ReloadCertificate.parse(der, nodeIdLength));
        } catch (ReloadSecurityException e) {
            return Optional.empty();
        }
    }

    private static long index(StoredValue v) {
        return v.slot() instanceof Slot.Index ? ((Slot.Index) v.slot()).index() : -1;
    }
}
