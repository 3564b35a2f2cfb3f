package org.reloadj.security.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserNameTest {

    @Test
    void appends_the_overlay_to_an_account_name_without_a_domain() {
        assertThat(UserName.forAccount("alice", "Overlay.Example.org").value()).isEqualTo("alice@overlay.example.org");
        assertThat(UserName.forAccount("bob@example.net", "overlay.example.org").value()).isEqualTo("bob@example.net");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.c", "first.last+tag@example.org", "x_y-z!#$%&'*=?^`{|}~@example.org"})
    void accepts_legal_names(String name) {
        assertThat(UserName.isValid(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "@example.org", "alice@", "alice", "al ice@example.org", "al\u0000ice@example.org",
        "al\u00e9ce@example.org", ".alice@example.org", "alice.@example.org", "al..ice@example.org",
        "alice@exa mple.org", "alice@-example.org", "a\"b@example.org", "a@b@example.org"})
    void refuses_names_with_illegal_characters_or_shape(String name) {
        assertThat(UserName.isValid(name)).isFalse();
        assertThatThrownBy(() -> new UserName(name)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuses_a_local_part_longer_than_64() {
        assertThat(UserName.isValid("a".repeat(64) + "@example.org")).isTrue();
        assertThat(UserName.isValid("a".repeat(65) + "@example.org")).isFalse();
    }
}
