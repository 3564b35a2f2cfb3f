package org.reloadj.config;

import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.reloadj.api.Opaque;

/**
 * A {@code signature} or {@code kind-signature} element (RFC 6940, 11.1): the base64 of a
 * SecurityBlock (6.3.4) over the bytes of the element it signs.
 *
 * @param algorithm the optional {@code algorithm} attribute, as written
 * @param value     the decoded bytes (a SecurityBlock when the signature is well formed; empty
 *                  when the text was not base64)
 */
public record DocumentSignature(Optional<String> algorithm, Opaque value) {
    /** Checks the parts are given. */
    public DocumentSignature {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(value, "value");
    }

    /** A signature without an algorithm attribute. */
    public static DocumentSignature of(Opaque value) {
        return new DocumentSignature(Optional.empty(), value);
    }

    /** The value in base64, as the element carries it. */
    public String base64() {
        return Base64.getEncoder().encodeToString(value.toByteArray());
    }
}
