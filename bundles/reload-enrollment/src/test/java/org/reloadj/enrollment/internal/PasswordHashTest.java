package org.reloadj.enrollment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void stores_a_slow_salted_hash_and_never_the_password() {
        PasswordHash hash = PasswordHash.of("correct horse");
        String stored = hash.encode();
        assertThat(stored).startsWith("pbkdf2-sha256$").doesNotContain("correct horse");
        assertThat(hash.iterations()).isGreaterThanOrEqualTo(100_000);
        assertThat(hash.salt()).hasSize(16);
        assertThat(PasswordHash.of("correct horse").encode()).as("a fresh salt each time").isNotEqualTo(stored);
    }

    @Test
    void matches_the_password_only_and_compares_it_as_binary() {
        PasswordHash hash = PasswordHash.parse(PasswordHash.of("p\u00e4ss").encode());
        assertThat(hash.matches("p\u00e4ss")).isTrue();
        assertThat(hash.matches("pa\u0308ss")).as("no normalisation").isFalse();
        assertThat(hash.matches("P\u00e4ss")).isFalse();
        assertThat(hash.matches("")).isFalse();
    }

    @Test
    void refuses_text_that_is_no_stored_hash() {
        assertThatThrownBy(() -> PasswordHash.parse("secret")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PasswordHash.parse("md5$1$a$b")).isInstanceOf(IllegalArgumentException.class);
    }
}
