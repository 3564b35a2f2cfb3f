package org.reloadj.cli.node;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.reloadj.config.OverlayConfiguration;
import org.reloadj.security.Credentials;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.TrustAnchors;
import org.reloadj.security.enroll.CredentialsStore;
import org.reloadj.security.enroll.EnrollmentClient;
import org.reloadj.security.enroll.EnrollmentException;

/**
 * A node's credentials in its home (RFC 6940, 11.3): those enrolled before, or new ones from the
 * overlay's enrollment server (the configuration's first enrollment-server, trusted through its
 * root-certs) for a user and password.
 */
public final class Enrollment {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Enrollment() {
    }

    /**
     * The credentials kept in {@code home}; when there are none, or they are another user's,
     * enrolls {@code user} and keeps the new ones there.
     *
     * @throws IOException when enrolling is needed and impossible (no user given, no enrollment
     *                     server, a refusal), or the files cannot be used
     */
    public static Credentials credentials(Home home, OverlayConfiguration configuration, Optional<UserPassword> user)
            throws IOException, InterruptedException {
        CredentialsStore store = new CredentialsStore(home.credentials(), configuration.nodeIdLength());
        Optional<Credentials> kept = store.load();
        if (kept.isPresent() && (user.isEmpty() || user.get().isUserOf(kept.get(), configuration.instanceName()))) {
            return kept.get();
        }
        UserPassword who = user.orElseThrow(() -> new IOException(
                "no credentials in " + home.credentials() + ": give --user NAME:PASSWORD to enroll"));
        if (configuration.enrollmentServers().isEmpty()) {
            throw new IOException("the configuration of " + configuration.instanceName() + " names no enrollment server");
        }
        URI server = URI.create(configuration.enrollmentServers().get(0));
        EnrollmentClient client = new EnrollmentClient(server,
                TrustAnchors.of(DocumentSource.roots(configuration)), configuration.nodeIdLength(), Clock.systemUTC(),
                TIMEOUT);
        try {
            Credentials enrolled = client.enroll(who.name(), who.password(), 1, KeyAlgorithm.ECDSA_P256);
            store.save(enrolled);
            return enrolled;
        } catch (EnrollmentException e) {
            throw new IOException("enrolling " + who.name() + " at " + server + ": " + e.getMessage(), e);
        }
    }
}
