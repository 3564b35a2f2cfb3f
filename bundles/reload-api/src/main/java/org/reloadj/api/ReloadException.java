package org.reloadj.api;

import java.util.Objects;

/**
 * A failure that RELOAD reports with an error code (RFC 6940, 6.3.3.1): the code says which
 * error response to answer with.
 */
public class ReloadException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient ErrorCode errorCode;

    /** A failure with the error code to answer with and a one-line reason. */
    public ReloadException(ErrorCode errorCode, String reason) {
        super(reason);
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    }

    /** A failure with a cause. */
    public ReloadException(ErrorCode errorCode, String reason, Throwable cause) {
        super(reason, cause);
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    }

    /** The RELOAD error code to answer with. */
    public ErrorCode errorCode() {
        return errorCode;
    }

    @Override
    public String toString() {
        return errorCode.rfcName() + ": " + getMessage();
    }
}
