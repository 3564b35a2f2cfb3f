package org.reloadj.security.psk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.link.LinkCredentials;

class SharedSecretPskTest {
    private static final String SECRET = "4YlQb3mVt8cJ0yq2Zr7XhN6uPa1Ke5Ws";

    @Test
    void gives_every_peer_with_the_same_secret_the_same_key() {
        SharedSecretPsk a = SharedSecretPsk.derive("overlay.example.org", SECRET);
        SharedSecretPsk b = SharedSecretPsk.derive("Overlay.Example.ORG", "  " + SECRET + "\n");
        assertThat(a.key()).hasSize(SharedSecretPsk.KEY_LENGTH).isEqualTo(b.key());
        assertThat(a.overlay()).isEqualTo(b.overlay()).isEqualTo("overlay.example.org");
    }

    @Test
    void derives_the_key_with_hkdf_sha256_salted_with_the_overlay_name() {
        byte[] expected = Hkdf.sha256(SECRET.getBytes(StandardCharsets.UTF_8),
                "overlay.example.org".getBytes(StandardCharsets.US_ASCII),
                "RELOAD shared-secret TLS-PSK".getBytes(StandardCharsets.US_ASCII), 32);
        assertThat(SharedSecretPsk.derive("overlay.example.org", SECRET).key()).isEqualTo(expected);
    }

    @Test
    void gives_another_key_for_another_secret_or_another_overlay() {
        byte[] key = SharedSecretPsk.derive("overlay.example.org", SECRET).key();
        assertThat(SharedSecretPsk.derive("overlay.example.org", SECRET + "x").key()).isNotEqualTo(key);
        assertThat(SharedSecretPsk.derive("other.example.org", SECRET).key()).isNotEqualTo(key);
    }

    @Test
    void hands_out_copies_and_never_prints_the_key() {
        SharedSecretPsk psk = SharedSecretPsk.derive("overlay.example.org", SECRET);
        psk.key()[0] ^= 1;
        assertThat(psk.key()).isEqualTo(SharedSecretPsk.derive("overlay.example.org", SECRET).key());
        assertThat(psk.toString()).contains("overlay.example.org").doesNotContain(SECRET);
    }

    @Test
    void refuses_a_blank_secret_and_an_overlay_name_that_is_no_dns_name() {
        assertThatThrownBy(() -> SharedSecretPsk.derive("overlay.example.org", " \t")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SharedSecretPsk.derive("not a name", SECRET)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void adds_the_key_and_the_node_id_identity_to_certified_link_credentials() {
        SharedSecretPsk psk = SharedSecretPsk.derive("overlay.example.org", SECRET);
        NodeId self = NodeId.fromHex("00112233445566778899AABBCCDDEEFF");
        LinkCredentials plain = new LinkCredentials(null, List.of(), List.of(), Optional.empty(), Optional.empty());
        LinkCredentials shared = psk.linkCredentials(plain, self);
        assertThat(shared.pskKey()).contains(Opaque.of(psk.key()));
        assertThat(shared.pskIdentity()).contains(Opaque.utf8("00112233445566778899aabbccddeeff"));
        assertThat(PskHandshakes.isPsk(shared)).isTrue();
        assertThat(PskHandshakes.isPsk(plain)).isFalse();
    }
}
