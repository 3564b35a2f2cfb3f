package org.reloadj.security;

import org.reloadj.api.ErrorCode;
import org.reloadj.api.ReloadException;

/**
 * A security check that failed: a bad signature, a certificate that does not chain to the
 * overlay's roots, an expired certificate, a Node-ID the certificate does not hold... The
 * {@link Reason} says which, the error code what to answer (Error_Forbidden unless the reason
 * says otherwise).
 */
public final class ReloadSecurityException extends ReloadException {
    private static final long serialVersionUID = 1L;

    private final Reason reason;

    /** Why a check failed. */
    public enum Reason {
        /** The signature value does not verify with the signer's key. */
        BAD_SIGNATURE,
        /** The signer's certificate is neither in the message, the cache, nor found by a source. */
        UNKNOWN_CERTIFICATE,
        /** The certificate does not chain to a root certificate of the overlay. */
        UNTRUSTED_CERTIFICATE,
        /** The certificate is outside its validity period. */
        EXPIRED_CERTIFICATE,
        /** The certificate is not a RELOAD node certificate (subject, subjectAltName of 11.3). */
        MALFORMED_CERTIFICATE,
        /** The Node-ID claimed or required is not one of the certificate's. */
        NODE_ID_MISMATCH,
        /** A self-signed certificate's Node-ID is not the digest of its key (11.3.1). */
        SELF_SIGNED_MISMATCH,
        /** A response does not come from the node the request was sent to (6.3.4). */
        WRONG_RESPONDER,
        /** An algorithm or identity form this node does not accept. */
        UNSUPPORTED_ALGORITHM
    }

    /** A failure answered with Error_Forbidden. */
    public ReloadSecurityException(Reason reason, String message) {
        this(reason, ErrorCode.ERROR_FORBIDDEN, message, null);
    }

    /** A failure with a cause, answered with Error_Forbidden. */
    public ReloadSecurityException(Reason reason, String message, Throwable cause) {
        this(reason, ErrorCode.ERROR_FORBIDDEN, message, cause);
    }

    /** A failure answered with {@code errorCode}. */
    public ReloadSecurityException(Reason reason, ErrorCode errorCode, String message, Throwable cause) {
        super(errorCode, message, cause);
        this.reason = reason;
    }

    /** Why the check failed. */
    public Reason reason() {
        return reason;
    }
}
