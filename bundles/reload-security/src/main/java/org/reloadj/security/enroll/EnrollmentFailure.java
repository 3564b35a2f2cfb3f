package org.reloadj.security.enroll;

import java.util.Optional;

/**
 * Why an enrollment failed. The first four are the tokens an enrollment server sends in a 403
 * text/plain body (RFC 6940, 11.3); an unknown token, or any other error status, is
 * {@link #UNKNOWN}, as 11.3 asks; {@link #BAD_RESPONSE} is the client's own verdict on a 200
 * answer whose certificate it cannot use.
 */
public enum EnrollmentFailure {
    /** The account name and password combination was not valid. */
    FAILED_AUTHENTICATION("failed_authentication"),
    /** The requested user name was not acceptable. */
    USERNAME_NOT_AVAILABLE("username_not_available"),
    /** The number of Node-IDs requested was not acceptable. */
    NODE_IDS_NOT_AVAILABLE("Node-IDs_not_available"),
    /** There was some other problem with the certificate request. */
    BAD_CSR("bad_CSR"),
    /** An unknown token, or an error status without a token. */
    UNKNOWN(null),
    /** A certificate that is unreadable, for another key, or that does not chain to a root-cert. */
    BAD_RESPONSE(null);

    private final String token;

    EnrollmentFailure(String token) {
        this.token = token;
    }

    /** The token of the 403 body, for the four that have one. */
    public Optional<String> token() {
        return Optional.ofNullable(token);
    }

    /** The failure a 403 body names: its token compared exactly, surrounding white space ignored. */
    public static EnrollmentFailure ofToken(String body) {
        String t = body.strip();
        for (EnrollmentFailure f : values()) {
            if (t.equals(f.token)) {
                return f;
            }
        }
        return UNKNOWN;
    }
}
