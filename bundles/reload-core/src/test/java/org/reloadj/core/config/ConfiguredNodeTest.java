package org.reloadj.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.link.LinkCredentials;
import org.reloadj.config.OverlayConfiguration;
import org.reloadj.security.psk.SharedSecretPsk;

class ConfiguredNodeTest {
    private static final NodeId SELF = NodeId.fromHex("5e1f5e1f5e1f5e1f5e1f5e1f5e1f5e1f");
    private static final LinkCredentials CERTIFIED = new LinkCredentials(null, List.of(), List.of(), Optional.empty(),
            Optional.empty());

    @Test
    void links_of_a_shared_secret_overlay_carry_the_derived_psk_and_the_node_id_identity() {
        OverlayConfiguration configuration = OverlayConfiguration.builder("psk.example.org").sharedSecret("s3cr3t-of-the-overlay")
                .build();
        LinkCredentials links = ConfiguredNode.linkCredentials(configuration, CERTIFIED, SELF);
        assertThat(links.pskKey()).contains(Opaque.of(SharedSecretPsk.derive("psk.example.org", "s3cr3t-of-the-overlay").key()));
        assertThat(links.pskIdentity()).contains(Opaque.utf8("5e1f5e1f5e1f5e1f5e1f5e1f5e1f5e1f"));
    }

    @Test
    void links_of_an_overlay_without_shared_secret_keep_their_certificates_only() {
        OverlayConfiguration configuration = OverlayConfiguration.builder("psk.example.org").build();
        assertThat(ConfiguredNode.linkCredentials(configuration, CERTIFIED, SELF)).isSameAs(CERTIFIED);
    }
}
