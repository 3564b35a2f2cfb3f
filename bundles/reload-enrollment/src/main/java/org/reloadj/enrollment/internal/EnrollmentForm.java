package org.reloadj.enrollment.internal;

import java.util.Optional;

/**
 * The form parameters of an enrollment request (RFC 6940, 11.3), as sent; each may be missing.
 *
 * @param username the account name
 * @param password the password
 * @param nodeids  the number of Node-IDs wanted, as text; missing means one
 * @param csr      the certificate request (DER, PEM or base64)
 */
public record EnrollmentForm(Optional<String> username, Optional<String> password, Optional<String> nodeids,
        Optional<byte[]> csr) {
}
