package org.reloadj.security.enroll;

/** An enrollment the server refused, or whose answer the client could not use (RFC 6940, 11.3). */
public final class EnrollmentException extends Exception {
    private static final long serialVersionUID = 1L;

    private final EnrollmentFailure failure;

    /** A failure of this kind, described. */
    public EnrollmentException(EnrollmentFailure failure, String message) {
        this(failure, message, null);
    }

    /** A failure of this kind, described, with its cause. */
    public EnrollmentException(EnrollmentFailure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
    }

    /** What failed. */
    public EnrollmentFailure failure() {
        return failure;
    }
}
