package org.reloadj.wire.io;

import org.reloadj.api.ErrorCode;
import org.reloadj.api.ReloadException;

/**
 * Bad bytes on the wire: a structure that is truncated, too long, inconsistent with its length
 * fields or its configured limits, or of an unknown type where RFC 6940 allows none. It carries
 * the error code to answer with (RFC 6940, 6.3.3.1), most often
 * {@link ErrorCode#ERROR_INVALID_MESSAGE}.
 */
public final class WireException extends ReloadException {
    private static final long serialVersionUID = 1L;

    /** Bad input, answered with {@code errorCode}. */
    public WireException(ErrorCode errorCode, String reason) {
        super(errorCode, reason);
    }

    /** Bad input, answered with Error_Invalid_Message. */
    public static WireException invalid(String reason) {
        return new WireException(ErrorCode.ERROR_INVALID_MESSAGE, reason);
    }
}
