package org.reloadj.security.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.issue.OverlayCa;

class PemFilesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void reads_back_the_private_key_it_wrote(KeyAlgorithm algorithm) throws IOException {
        KeyPair pair = KeyPairs.generate(algorithm);
        Path file = dir.resolve("node.key");
        PemFiles.writePrivateKey(file, pair.getPrivate());
        assertThat(Files.readString(file)).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(PemFiles.readPrivateKey(file)).isEqualTo(pair.getPrivate());
    }

    @Test
    void writes_a_private_key_readable_by_its_owner_only_and_a_certificate_readable_by_all() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        PemFiles.writePrivateKey(dir.resolve("k.pem"), KeyPairs.generate(KeyAlgorithm.ECDSA_P256).getPrivate());
        PemFiles.writeCertificates(dir.resolve("c.pem"), List.of(root()));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("k.pem")))).isEqualTo("rw-------");
        assertThat(SecureFiles.isOwnerOnly(dir.resolve("k.pem"))).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("c.pem")))).isEqualTo("rw-r--r--");
        assertThat(SecureFiles.isOwnerOnly(dir.resolve("c.pem"))).isFalse();
    }

    @Test
    void creates_a_missing_directory_accessible_to_its_owner_only() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        PemFiles.writePrivateKey(dir.resolve("new/k.pem"), KeyPairs.generate(KeyAlgorithm.ECDSA_P256).getPrivate());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("new")))).isEqualTo("rwx------");
    }

    @Test
    void reads_back_certificates_as_pem_and_as_der() throws IOException {
        X509Certificate root = root();
        PemFiles.writeCertificates(dir.resolve("c.pem"), List.of(root, root));
        assertThat(PemFiles.readCertificates(dir.resolve("c.pem"))).containsExactly(root, root);
        Files.write(dir.resolve("c.der"), PemFiles.encoded(root));
        assertThat(PemFiles.readCertificates(dir.resolve("c.der"))).containsExactly(root);
    }

    @Test
    void says_what_is_wrong_with_a_file_that_holds_no_key_or_no_certificate() throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.pem"), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        assertThatThrownBy(() -> PemFiles.readPrivateKey(junk)).isInstanceOf(IOException.class).hasMessageContaining("junk.pem");
        Path empty = Files.writeString(dir.resolve("empty.pem"), "");
        assertThatThrownBy(() -> PemFiles.readCertificates(empty)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> PemFiles.readPrivateKey(empty)).isInstanceOf(IOException.class);
    }

    @Test
    void decodes_every_block_of_a_label_and_skips_others() {
        String text = PemFiles.encode("A", new byte[] {1, 2}) + PemFiles.encode("B", new byte[] {3})
                + PemFiles.encode("A", new byte[70]);
        assertThat(PemFiles.decode(text, "A")).hasSize(2).first().isEqualTo(new byte[] {1, 2});
        assertThat(PemFiles.decode(text, "B")).containsExactly(new byte[] {3});
    }

    private static X509Certificate root() {
        return OverlayCa.create("overlay.example.org", KeyAlgorithm.ECDSA_P256, Clock.systemUTC(), Duration.ofDays(1))
                .rootCertificate();
    }
}
