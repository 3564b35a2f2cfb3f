package org.reloadj.config;

import java.util.Objects;

/**
 * A {@code self-signed-permitted} element (RFC 6940, 11.1): whether self-signed certificates are
 * allowed, and the digest that computes a self-signed Node-ID (11.3.1).
 *
 * @param permitted whether self-signed certificates are allowed
 * @param digest    the digest name, {@code sha1} or {@code sha256} (others are extensions)
 */
public record SelfSignedPermitted(boolean permitted, String digest) {
    /** The digest names every implementation supports (RFC 6940, 11.1). */
    public static final java.util.Set<String> STANDARD_DIGESTS = java.util.Set.of("sha1", "sha256");

    /** Checks the digest is given. */
    public SelfSignedPermitted {
        Objects.requireNonNull(digest, "digest");
    }
}
