package org.reloadj.security.issue;

/**
 * A certificate request the overlay CA refuses: not a PKCS#10 request, a self-signature that
 * does not verify, or a weak or unknown key. The enrollment server answers {@code bad_CSR}
 * (RFC 6940, 11.3).
 */
public final class BadCsrException extends Exception {
    private static final long serialVersionUID = 1L;

    /** A refusal saying why. */
    public BadCsrException(String message) {
        super(message);
    }

    /** A refusal saying why, with its cause. */
    public BadCsrException(String message, Throwable cause) {
        super(message, cause);
    }
}
