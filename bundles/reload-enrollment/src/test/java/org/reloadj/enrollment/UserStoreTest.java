package org.reloadj.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reloadj.security.keys.SecureFiles;

class UserStoreTest {
    @TempDir
    Path dir;

    @Test
    void keeps_hashes_not_passwords_in_a_file_only_its_owner_reads() throws IOException {
        UserStore store = UserStore.open(dir);
        store.setPassword("alice", "s3cret-Passw0rd");
        String file = Files.readString(store.file());
        assertThat(file).contains("alice=pbkdf2-sha256$").doesNotContain("s3cret-Passw0rd");
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertThat(SecureFiles.isOwnerOnly(store.file())).isTrue();
        }
    }

    @Test
    void authenticates_the_right_password_only_also_after_reopening() throws IOException {
        UserStore store = UserStore.open(dir);
        store.setPassword("alice", "one");
        store.setPassword("bob@example.org", "two");
        UserStore reopened = UserStore.open(dir);
        assertThat(reopened.authenticate("alice", "one")).isTrue();
        assertThat(reopened.authenticate("alice", "two")).isFalse();
        assertThat(reopened.authenticate("bob@example.org", "two")).isTrue();
        assertThat(reopened.authenticate("carol", "one")).isFalse();
        assertThat(reopened.authenticate("Alice", "one")).as("names compared as binary").isFalse();
    }

    @Test
    void changes_a_password() throws IOException {
        UserStore store = UserStore.open(dir);
        store.setPassword("alice", "old");
        store.setPassword("alice", "new");
        assertThat(UserStore.open(dir).authenticate("alice", "old")).isFalse();
        assertThat(UserStore.open(dir).authenticate("alice", "new")).isTrue();
    }

    @Test
    void refuses_an_empty_account_name_or_one_with_control_characters() throws IOException {
        UserStore store = UserStore.open(dir);
        assertThatThrownBy(() -> store.setPassword("", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.setPassword("a\u0000b", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuses_a_store_file_with_something_else_than_hashes() throws IOException {
        Files.writeString(dir.resolve(UserStore.FILE), "alice=plaintext\n");
        assertThatThrownBy(() -> UserStore.open(dir)).isInstanceOf(IOException.class).hasMessageContaining("alice");
    }
}
