package org.reloadj.config;

import org.reloadj.api.ErrorCode;
import org.reloadj.api.ReloadException;

/**
 * A configuration document that cannot be read at all: not well-formed XML, a document type
 * declaration (refused, with every entity, before anything is expanded), larger than the limit,
 * not UTF-8, or a root element other than {@code overlay} (RFC 6940, 11.1). Answered with
 * Error_Invalid_Message when it came in a ConfigUpdate (6.5.4).
 */
public final class ConfigurationException extends ReloadException {
    private static final long serialVersionUID = 1L;

    /** A document that cannot be read, for {@code reason}. */
    public ConfigurationException(String reason) {
        super(ErrorCode.ERROR_INVALID_MESSAGE, reason);
    }

    /** A document that cannot be read, for {@code reason}, found by {@code cause}. */
    public ConfigurationException(String reason, Throwable cause) {
        super(ErrorCode.ERROR_INVALID_MESSAGE, reason, cause);
    }

    /** This failure as a problem of category {@link Problem.Category#DOCUMENT}. */
    public Problem toProblem() {
        return Problem.error(Problem.Category.DOCUMENT, "document", getMessage());
    }
}
