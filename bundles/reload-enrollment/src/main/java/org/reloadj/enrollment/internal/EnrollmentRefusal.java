package org.reloadj.enrollment.internal;

import org.reloadj.security.enroll.EnrollmentFailure;

/** An enrollment the server refuses, answered 403 with the failure's token (RFC 6940, 11.3). */
public final class EnrollmentRefusal extends Exception {
    private static final long serialVersionUID = 1L;

    private final EnrollmentFailure failure;

    /** A refusal with one of the four tokens of 11.3, and why (for the log, not the client). */
    public EnrollmentRefusal(EnrollmentFailure failure, String reason) {
        super(reason);
        if (failure.token().isEmpty()) {
            throw new IllegalArgumentException(failure + " has no token to answer with");
        }
        this.failure = failure;
    }

    /** The failure. */
    public EnrollmentFailure failure() {
        return failure;
    }

    /** The token of the 403 body. */
    public String token() {
        return failure.token().orElseThrow();
    }
}
