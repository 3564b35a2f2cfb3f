package org.reloadj.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OverlayHashTest {

    @Test
    void is_the_low_32_bits_of_the_sha1_of_the_name() {
        // SHA-1("overlay.example.org") ends in ...9aa32b8d (computed with python hashlib)
        assertThat(OverlayHash.of("overlay.example.org")).isEqualTo(0x9aa32b8d);
    }

    @Test
    void accepts_only_dns_names() {
        assertThat(OverlayHash.isDnsName("chord.example.net")).isTrue();
        assertThat(OverlayHash.isDnsName("a-b.c1")).isTrue();
        assertThat(OverlayHash.isDnsName("-bad.example")).isFalse();
        assertThat(OverlayHash.isDnsName("bad..example")).isFalse();
        assertThat(OverlayHash.isDnsName("bäd.example")).isFalse();
        assertThat(OverlayHash.isDnsName("")).isFalse();
        assertThatThrownBy(() -> OverlayHash.of("no spaces.example")).isInstanceOf(IllegalArgumentException.class);
    }
}
