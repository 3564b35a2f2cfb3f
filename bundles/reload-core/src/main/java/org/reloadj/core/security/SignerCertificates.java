package org.reloadj.core.security;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reloadj.api.Opaque;
import org.reloadj.core.storage.ValueCertificates;
import org.reloadj.wire.io.WireWriter;
import org.reloadj.wire.message.GenericCertificate;
import org.reloadj.wire.message.SignerIdentity;
import org.reloadj.wire.storage.StoredData;

/**
 * The certificates of the signers of stored values, remembered when a value's signature verified
 * so that a peer can send them with the values it serves or replicates (RFC 6940, 6.3.4: the
 * security block carries "all the certificates necessary to verify every signature in both the
 * message and the internal message objects"). Keyed by the signer identity, which names one
 * certificate by its hash; bounded, the least recently used forgotten first (a fetcher then finds
 * the certificate in its own cache or certificate source, or drops the value, 7.4.2.2).
 * Thread-safe.
 */
public final class SignerCertificates implements ValueCertificates {
    /** The default number of signers remembered. */
    public static final int DEFAULT_CAPACITY = 10_000;

    private final Map<Opaque, List<GenericCertificate>> byIdentity;

    /** A store of at most {@code capacity} signers' certificates. */
    public SignerCertificates(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.byIdentity = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Opaque, List<GenericCertificate>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** A store of at most {@link #DEFAULT_CAPACITY} signers' certificates. */
    public SignerCertificates() {
        this(DEFAULT_CAPACITY);
    }

    /** Remembers that {@code chain} (signer's certificate first) verifies signatures of {@code identity}. */
    public void remember(SignerIdentity identity, List<GenericCertificate> chain) {
        Opaque key = keyOf(identity);
        synchronized (byIdentity) {
            byIdentity.put(key, List.copyOf(chain));
        }
    }

    /** The certificates remembered for {@code identity}; empty when unknown. */
    public List<GenericCertificate> of(SignerIdentity identity) {
        Opaque key = keyOf(identity);
        synchronized (byIdentity) {
            return byIdentity.getOrDefault(key, List.of());
        }
    }

    @Override
    public List<GenericCertificate> certificatesOf(Collection<StoredData> values) {
        Set<GenericCertificate> all = new LinkedHashSet<>();
        for (StoredData value : values) {
            all.addAll(of(value.signature().identity()));
        }
        return List.copyOf(all);
    }

    /** The identity's own bytes (a copy, so the key does not keep a received message alive). */
    private static Opaque keyOf(SignerIdentity identity) {
        return WireWriter.encode(identity::encode);
    }
}
