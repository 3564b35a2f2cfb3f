package org.reloadj.api.overlay;

import java.util.Objects;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;

/**
 * An error response the overlay answered a request with (RFC 6940, 6.3.3.1): its error code and
 * its {@code error_info}, which is UTF-8 text unless the error defines a structure (7.4.1.2: the
 * unknown Kind-IDs of Error_Unknown_Kind, a StoreAns for Error_Generation_Counter_Too_Low). The
 * message of the exception is the error_info read as UTF-8.
 */
public final class ErrorResponseException extends ReloadException {
    private static final long serialVersionUID = 1L;

    private final transient Opaque errorInfo;

    /** The error response with {@code code} and {@code errorInfo}. */
    public ErrorResponseException(ErrorCode code, Opaque errorInfo) {
        super(code, errorInfo.toUtf8());
        this.errorInfo = Objects.requireNonNull(errorInfo, "errorInfo");
    }

    /** The error_info bytes as answered. */
    public Opaque errorInfo() {
        return errorInfo;
    }
}
