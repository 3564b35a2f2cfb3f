package org.reloadj.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.HashAlgorithm;
import org.reloadj.security.internal.Digests;

/**
 * The configuration's self-signed-permitted element (RFC 6940, 11.1 and 11.3.1): whether nodes
 * may use self-signed certificates, and the digest ("sha1" or "sha256") that derives their
 * Node-IDs from their public keys.
 *
 * @param permitted whether self-signed certificates are accepted
 * @param digest    the Node-ID digest, SHA1 or SHA256
 */
public record SelfSignedPolicy(boolean permitted, HashAlgorithm digest) {

    /** Checks the digest is one that 11.1 allows. */
    public SelfSignedPolicy {
        Objects.requireNonNull(digest, "digest");
        if (digest != HashAlgorithm.SHA1 && digest != HashAlgorithm.SHA256) {
            throw new IllegalArgumentException("the self-signed digest is sha1 or sha256, not " + digest.rfcName());
        }
    }

    /** Self-signed certificates refused (the element absent or false). */
    public static SelfSignedPolicy forbidden() {
        return new SelfSignedPolicy(false, HashAlgorithm.SHA256);
    }

    /** Self-signed certificates accepted, their Node-IDs derived with {@code digest}. */
    public static SelfSignedPolicy permitted(HashAlgorithm digest) {
        return new SelfSignedPolicy(true, digest);
    }

    /**
     * The policy of a configuration element {@code <self-signed-permitted digest="...">value</...>}.
     *
     * @throws IllegalArgumentException when the digest is neither "sha1" nor "sha256"
     */
    public static SelfSignedPolicy fromConfiguration(boolean value, String digest) {
        String d = digest.trim().toLowerCase(Locale.ROOT);
        return switch (d) {
            case "sha1" -> new SelfSignedPolicy(value, HashAlgorithm.SHA1);
            case "sha256" -> new SelfSignedPolicy(value, HashAlgorithm.SHA256);
            default -> throw new IllegalArgumentException("self-signed digest is sha1 or sha256, not " + digest);
        };
    }

    /**
     * The Node-IDs a self-signed certificate with this public key must hold (11.3.1): for one
     * Node-ID, the high-order bytes of digest(subjectPublicKeyInfo); for {@code count > 1}, the
     * i-th is the high-order bytes of digest(i || subjectPublicKeyInfo), i a 4-byte big-endian
     * integer from 1 to {@code count}.
     *
     * @param subjectPublicKeyInfo the DER subjectPublicKeyInfo of the certificate
     * @param count                how many Node-IDs the certificate holds
     * @param nodeIdLength         the overlay's Node-ID length, 16 to 20 bytes
     */
    public List<NodeId> nodeIds(Opaque subjectPublicKeyInfo, int count, int nodeIdLength) {
        if (count < 1) {
            throw new IllegalArgumentException("a certificate holds at least one Node-ID: " + count);
        }
        if (!NodeId.isValidLength(nodeIdLength)) {
            throw new IllegalArgumentException("Node-IDs have 16 to 20 bytes, not " + nodeIdLength);
        }
        if (count == 1) {
            return List.of(highBytes(Digests.digest(digest, subjectPublicKeyInfo), nodeIdLength));
        }
        List<NodeId> ids = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            Opaque index = Opaque.of((byte) (i >>> 24), (byte) (i >>> 16), (byte) (i >>> 8), (byte) i);
            ids.add(highBytes(Digests.digest(digest, index, subjectPublicKeyInfo), nodeIdLength));
        }
        return List.copyOf(ids);
    }

    private static NodeId highBytes(Opaque digest, int length) {
        return NodeId.of(digest.slice(0, length));
    }
}
