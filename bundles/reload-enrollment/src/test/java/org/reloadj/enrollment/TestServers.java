package org.reloadj.enrollment;

import java.io.IOException;
import java.nio.file.Path;

/** Servers of the overlay overlay.example.org for the tests, on 127.0.0.1 and any free port. */
final class TestServers {
    static final String OVERLAY = "overlay.example.org";

    private TestServers() {
    }

    /** A server kept in {@code dir} whose {@code accounts} all have {@code password}. */
    static EnrollmentServer start(Path dir, String password, String... accounts) throws IOException {
        UserStore users = UserStore.open(dir);
        for (String account : accounts) {
            users.setPassword(account, password);
        }
        return EnrollmentServer.start(EnrollmentSettings.defaults(OVERLAY, dir), users);
    }
}
