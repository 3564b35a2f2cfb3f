package org.reloadj.core.storage;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;

/** CHORD-RELOAD's hash (RFC 6940, 10.2): SHA-1, truncated to its most significant 128 bits. */
final class Sha1Hasher implements ResourceIdHasher {
    static final Sha1Hasher INSTANCE = new Sha1Hasher();

    @Override
    public ResourceId hash(Opaque resourceName) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(resourceName.toByteArray());
            return ResourceId.of(Arrays.copyOf(sha1, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Resource-ID of a Resource Name given as text. */
    static ResourceId of(String resourceName) {
        return INSTANCE.hash(Opaque.utf8(resourceName));
    }
}
