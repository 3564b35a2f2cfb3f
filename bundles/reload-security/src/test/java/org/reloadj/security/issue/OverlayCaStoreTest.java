package org.reloadj.security.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.keys.SecureFiles;

class OverlayCaStoreTest {
    @TempDir
    Path dir;

    @Test
    void creates_the_ca_once_and_takes_it_back_after() throws IOException {
        OverlayCaStore store = new OverlayCaStore(dir.resolve("ca"));
        assertThat(store.exists()).isFalse();
        OverlayCa created = store.loadOrCreate("overlay.example.org", KeyAlgorithm.ECDSA_P256, Clock.systemUTC());
        assertThat(store.exists()).isTrue();
        assertThat(store.rootCertificateFile().getFileName().toString()).contains("root").endsWith(".pem");
        OverlayCa loaded = store.loadOrCreate("overlay.example.org", KeyAlgorithm.RSA_2048, Clock.systemUTC());
        assertThat(loaded.rootCertificate()).isEqualTo(created.rootCertificate());
        assertThat(loaded.keyAlgorithm()).isEqualTo(KeyAlgorithm.ECDSA_P256);
    }

    @Test
    void keeps_the_root_key_readable_by_its_owner_only() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        OverlayCaStore store = new OverlayCaStore(dir);
        store.loadOrCreate("overlay.example.org", KeyAlgorithm.ECDSA_P256, Clock.systemUTC());
        assertThat(SecureFiles.isOwnerOnly(store.rootKeyFile())).isTrue();
        assertThat(Files.readString(store.rootKeyFile())).startsWith("-----BEGIN PRIVATE KEY-----");
    }

    @Test
    void refuses_the_ca_of_another_overlay_and_a_half_written_ca() throws IOException {
        OverlayCaStore store = new OverlayCaStore(dir);
        store.loadOrCreate("overlay.example.org", KeyAlgorithm.ECDSA_P256, Clock.systemUTC());
        assertThatThrownBy(() -> store.loadOrCreate("other.example.org", KeyAlgorithm.ECDSA_P256, Clock.systemUTC()))
                .isInstanceOf(IOException.class).hasMessageContaining("other.example.org");
        Files.delete(store.rootCertificateFile());
        assertThatThrownBy(() -> store.loadOrCreate("overlay.example.org", KeyAlgorithm.ECDSA_P256, Clock.systemUTC()))
                .isInstanceOf(IOException.class).hasMessageContaining("only one");
    }
}
