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

class PskIdentityTest {
    private static final NodeId ID = NodeId.fromHex("0f0e0d0c0b0a09080706050403020100");

    @Test
    void names_a_node_id_in_lower_case_hex_and_reads_it_back() {
        Opaque identity = PskIdentity.of(ID);
        assertThat(identity.toUtf8()).isEqualTo("0f0e0d0c0b0a09080706050403020100");
        assertThat(PskIdentity.nodeId(identity.toByteArray(), 16)).contains(ID);
    }

    @Test
    void reads_no_node_id_from_another_length_spelling_or_text() {
        assertThat(PskIdentity.nodeId(bytes("0f0e0d0c0b0a09080706050403020100"), 20)).isEmpty();
        assertThat(PskIdentity.nodeId(bytes("0F0E0D0C0B0A09080706050403020100"), 16)).isEmpty();
        assertThat(PskIdentity.nodeId(bytes("overlay.example.org.............."), 16)).isEmpty();
        assertThat(PskIdentity.nodeId(null, 16)).isEmpty();
    }

    @Test
    void handshakes_need_a_key_and_a_node_id_identity_of_the_overlay_length() {
        Optional<Opaque> key = Optional.of(Opaque.of(new byte[32]));
        assertThatThrownBy(() -> PskHandshakes.of(credentials(Optional.of(PskIdentity.of(ID)), Optional.empty()), 16))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PskHandshakes.of(credentials(Optional.of(Opaque.utf8("overlay")), key), 16))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PskHandshakes.of(credentials(Optional.of(PskIdentity.of(ID)), key), 20))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PskHandshakes.of(credentials(Optional.of(PskIdentity.of(ID)), key), 16)).isNotNull();
    }

    private static LinkCredentials credentials(Optional<Opaque> identity, Optional<Opaque> key) {
        return new LinkCredentials(null, List.of(), List.of(), identity, key);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
