package org.reloadj.enrollment.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.reloadj.api.NodeId;
import org.reloadj.enrollment.UserStore;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.enroll.EnrollmentFailure;
import org.reloadj.security.issue.BadCsrException;
import org.reloadj.security.issue.CertificateSigningRequest;
import org.reloadj.security.issue.OverlayCa;
import org.reloadj.security.issue.UserName;

/**
 * The enrollment decision of RFC 6940, 11.3, in its order: authenticate the account
 * ({@code failed_authentication}); derive the user name, {@code account@overlay} for an account
 * without a domain, and refuse an illegal one or a request asking for another
 * ({@code username_not_available}); check the request ({@code bad_CSR}); check the number of
 * Node-IDs, 1 when not given ({@code Node-IDs_not_available}); then issue a certificate for the
 * user's Node-IDs.
 */
public final class Enroller {
    private static final System.Logger LOG = System.getLogger("org.reloadj.enrollment");

    private final OverlayCa ca;
    private final UserStore users;
    private final NodeIdRegistry nodeIds;
    private final Duration validity;

    /** An enroller issuing with {@code ca} certificates valid for {@code validity}. */
    public Enroller(OverlayCa ca, UserStore users, NodeIdRegistry nodeIds, Duration validity) {
        this.ca = ca;
        this.users = users;
        this.nodeIds = nodeIds;
        this.validity = validity;
    }

    /**
     * The certificate for this request, logged; {@code client} names the requester in the log.
     *
     * @throws EnrollmentRefusal when the request is refused, with the token to answer
     * @throws IOException       when the Node-ID assignment cannot be stored
     */
    public X509Certificate enroll(EnrollmentForm form, String client) throws EnrollmentRefusal, IOException {
        String account = form.username().orElse("");
        String shown = printable(account);
        try {
            X509Certificate cert = issue(form, account);
            LOG.log(Level.INFO, "enrolled account {0} from {1}: certificate {2} for {3}", shown, client,
                    cert.getSerialNumber().toString(16), cert.getSubjectAlternativeNames());
            return cert;
        } catch (EnrollmentRefusal r) {
            LOG.log(Level.INFO, "refused account {0} from {1}: {2} ({3})", shown, client, r.token(), printable(r.getMessage()));
            throw r;
        } catch (CertificateParsingException e) {
            throw new IllegalStateException("an issued certificate has readable names", e);
        }
    }

    /** The text with control characters replaced and cut to 100 characters, fit for one log line. */
    private static String printable(String text) {
        String cut = text.length() > 100 ? text.substring(0, 100) + "..." : text;
        return cut.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private X509Certificate issue(EnrollmentForm form, String account) throws EnrollmentRefusal, IOException {
        if (form.username().isEmpty() || form.password().isEmpty() || !users.authenticate(account, form.password().get())) {
            throw new EnrollmentRefusal(EnrollmentFailure.FAILED_AUTHENTICATION, "unknown account or wrong password");
        }
        UserName userName = userName(account);
        CertificateSigningRequest csr = csr(form.csr());
        Optional<String> requested = requestedName(csr);
        if (requested.isPresent() && !requested.get().equals(userName.value())) {
            throw new EnrollmentRefusal(EnrollmentFailure.USERNAME_NOT_AVAILABLE,
                    "the request asks for " + requested.get() + ", the account has " + userName);
        }
        List<NodeId> ids = nodeIds.allocate(userName.value(), count(form.nodeids()));
        try {
            return ca.issueNodeCertificate(csr.publicKey(), ids, userName, validity);
        } catch (ReloadSecurityException e) {
            throw new EnrollmentRefusal(EnrollmentFailure.BAD_CSR, e.getMessage());
        }
    }

    private UserName userName(String account) throws EnrollmentRefusal {
        try {
            return UserName.forAccount(account, ca.overlay());
        } catch (IllegalArgumentException e) {
            throw new EnrollmentRefusal(EnrollmentFailure.USERNAME_NOT_AVAILABLE, e.getMessage());
        }
    }

    private static CertificateSigningRequest csr(Optional<byte[]> encoded) throws EnrollmentRefusal {
        if (encoded.isEmpty()) {
            throw new EnrollmentRefusal(EnrollmentFailure.BAD_CSR, "no csr parameter");
        }
        try {
            return CertificateSigningRequest.parse(encoded.get());
        } catch (BadCsrException e) {
            throw new EnrollmentRefusal(EnrollmentFailure.BAD_CSR, e.getMessage());
        }
    }

    private static Optional<String> requestedName(CertificateSigningRequest csr) throws EnrollmentRefusal {
        try {
            return csr.requestedUserName();
        } catch (BadCsrException e) {
            throw new EnrollmentRefusal(EnrollmentFailure.BAD_CSR, e.getMessage());
        }
    }

    private int count(Optional<String> nodeids) throws EnrollmentRefusal {
        if (nodeids.isEmpty()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(nodeids.get().strip());
            if (n >= 1 && n <= nodeIds.maxPerUser()) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below like any count out of range
        }
        throw new EnrollmentRefusal(EnrollmentFailure.NODE_IDS_NOT_AVAILABLE,
                "nodeids " + nodeids.get() + " is not between 1 and " + nodeIds.maxPerUser());
    }
}
