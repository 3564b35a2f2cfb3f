package org.reloadj.security.enroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reloadj.api.NodeId;
import org.reloadj.security.Credentials;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.security.TrustAnchors;
import org.reloadj.security.issue.OverlayCa;
import org.reloadj.security.issue.UserName;
import org.reloadj.security.keys.KeyPairs;
import org.reloadj.security.keys.PemFiles;
import org.reloadj.security.keys.SecureFiles;

class CredentialsStoreTest {
    @TempDir
    Path dir;

    @Test
    void reads_back_the_credentials_it_saved_with_the_key_readable_by_its_owner_only() throws Exception {
        Credentials credentials = credentials(KeyPairs.generate(KeyAlgorithm.ECDSA_P256));
        CredentialsStore store = new CredentialsStore(dir.resolve("node"), 16);
        assertThat(store.load()).isEmpty();
        store.save(credentials);
        Credentials loaded = store.load().orElseThrow();
        assertThat(loaded.privateKey()).isEqualTo(credentials.privateKey());
        assertThat(loaded.certificate().nodeIds()).isEqualTo(credentials.certificate().nodeIds());
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertThat(SecureFiles.isOwnerOnly(store.keyFile())).isTrue();
        }
    }

    @Test
    void refuses_a_key_file_that_is_not_the_certificates_key() throws Exception {
        CredentialsStore store = new CredentialsStore(dir, 16);
        store.save(credentials(KeyPairs.generate(KeyAlgorithm.ECDSA_P256)));
        PemFiles.writePrivateKey(store.keyFile(), KeyPairs.generate(KeyAlgorithm.ECDSA_P256).getPrivate());
        assertThatThrownBy(store::load).isInstanceOf(IOException.class).hasMessageContaining("not the key");
    }

    @Test
    void an_enrollment_client_wants_an_https_url() {
        assertThatThrownBy(() -> new EnrollmentClient(URI.create("http://overlay.example.org/enroll"),
                TrustAnchors.of(List.of(ca().rootCertificate())), 16, Clock.systemUTC(), Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static OverlayCa ca() {
        return OverlayCa.create("overlay.example.org", KeyAlgorithm.ECDSA_P256, Clock.systemUTC(), Duration.ofDays(1));
    }

    private static Credentials credentials(KeyPair pair) throws Exception {
        var cert = ca().issueNodeCertificate(pair.getPublic(), List.of(NodeId.fromHex("00112233445566778899aabbccddeeff")),
                new UserName("alice@overlay.example.org"), Duration.ofDays(1));
        return Credentials.of(pair.getPrivate(), ReloadCertificate.parse(cert, 16));
    }
}
