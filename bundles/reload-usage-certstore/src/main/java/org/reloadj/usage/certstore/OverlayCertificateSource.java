package org.reloadj.usage.certstore;

import java.security.cert.X509Certificate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.reloadj.api.NodeId;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.ReloadSecurityException.Reason;
import org.reloadj.security.signature.CertificateSource;
import org.reloadj.security.signature.SignerIdentities;
import org.reloadj.wire.message.SignerIdentity;

/**
 * The certificates this node found in the Certificate Store (RFC 6940, 8), offered to signature
 * verification as a {@link CertificateSource} (6.3.4: "In systems that have an alternative
 * certificate distribution mechanism, some certificates MAY be omitted").
 *
 * <p>What a source can know: {@link #find} is given the signer identity alone, a hash of the
 * certificate (cert_hash) or of a Node-ID and the certificate (cert_hash_node_id), from which no
 * Resource-ID can be derived; and it runs on the verifying thread, the node's event loop, which a
 * fetch through the overlay needs to make progress. So it fetches nothing: it answers from the
 * certificates the {@link OverlayCertificateStore} has found, and whoever knows which Node-ID or
 * user name a message claims (the first entry of its via list, the node an application is about
 * to talk to) asks the store first: {@link CertificateStore#findByNode} or
 * {@link CertificateStore#findByUser}. A miss leaves the verifier to refuse the message; its
 * sender's retransmission then verifies.
 *
 * <p>The answer is the matching certificate alone (an overlay CA's intermediate certificates are
 * not stored in the Certificate Store); the verifier validates it with its
 * {@link org.reloadj.security.CertificateValidator}, as it does every certificate. Keeps the most
 * recently found {@code capacity} certificates. Thread-safe.
 */
public final class OverlayCertificateSource implements CertificateSource {
    /** The default number of certificates kept. */
    public static final int DEFAULT_CAPACITY = 256;

    private final int capacity;
    private final Deque<ReloadCertificate> candidates = new ArrayDeque<>();

    /** A source keeping at most {@code capacity} certificates. */
    public OverlayCertificateSource(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    /** A source keeping at most {@link #DEFAULT_CAPACITY} certificates. */
    public OverlayCertificateSource() {
        this(DEFAULT_CAPACITY);
    }

    /** Keeps {@code certificate} as a candidate, the newest; the oldest goes beyond the capacity. */
    public void remember(ReloadCertificate certificate) {
        synchronized (candidates) {
            candidates.removeIf(c -> c.der().equals(certificate.der()));
            candidates.addFirst(certificate);
            if (candidates.size() > capacity) {
                candidates.removeLast();
            }
        }
    }

    /** Forgets every certificate (e.g. when the node leaves the overlay). */
    public void clear() {
        synchronized (candidates) {
            candidates.clear();
        }
    }

    /** The number of certificates kept. */
    public int size() {
        synchronized (candidates) {
            return candidates.size();
        }
    }

    /**
     * The certificate {@code identity} names among those found, as a one-certificate chain;
     * empty when none matches or the identity uses a hash algorithm not accepted.
     */
    @Override
    public Optional<List<X509Certificate>> find(SignerIdentity identity) {
        List<ReloadCertificate> snapshot;
        synchronized (candidates) {
            snapshot = List.copyOf(candidates);
        }
        for (ReloadCertificate c : snapshot) {
            if (names(identity, c)) {
                return Optional.of(List.of(c.x509()));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code identity} names {@code certificate}. An identity naming it in the form its
     * Node-ID count forbids names it too: the verifier then reports that defect.
     */
    private static boolean names(SignerIdentity identity, ReloadCertificate certificate) {
        try {
            Optional<NodeId> signer = SignerIdentities.signerNodeId(identity, certificate);
            return signer.isPresent();
        } catch (ReloadSecurityException e) {
            return e.reason() == Reason.NODE_ID_MISMATCH;
        }
    }
}
