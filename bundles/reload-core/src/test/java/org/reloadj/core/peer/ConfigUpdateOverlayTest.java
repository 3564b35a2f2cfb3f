package org.reloadj.core.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.core.peer.SecureOverlay.SINGLE;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;
import org.reloadj.api.kind.KindDefinition;
import org.reloadj.api.overlay.KindValues;
import org.reloadj.api.overlay.Slot;
import org.reloadj.api.overlay.StoredValue;
import org.reloadj.api.registry.AccessControlPolicy;
import org.reloadj.api.registry.DataModel;
import org.reloadj.config.ConfigurationSigner;
import org.reloadj.config.ConfigurationWriter;
import org.reloadj.config.OverlayConfiguration;
import org.reloadj.config.OverlayConfigurations;
import org.reloadj.core.node.OutgoingRequest;
import org.reloadj.wire.body.ConfigUpdateReq;

/**
 * Configuration updates with reload-config's documents (RFC 6940, 6.3.2.1, 6.5.4, 11.1): a newer
 * document signed by a configuration-signer is accepted and its kinds take effect; a node whose
 * configuration is older is refused with Error_Config_Too_Old and sent the newer document, which
 * it checks and applies; unsigned, foreign-signed, not newer documents and kind updates are
 * refused.
 */
class ConfigUpdateOverlayTest {
    private static final KindDefinition ADDED = KindDefinition.of(new KindId(0xF000_0301L), "0xf0000301",
            DataModel.SINGLE_VALUE, AccessControlPolicy.USER_MATCH, 1, 16);

    private final SecureOverlay overlay = new SecureOverlay(5);
    private final ReloadNode alice = overlay.peer(0);
    private final ResourceId resource = overlay.resourceOf(overlay.user(alice));
    private final int responsible = overlay.responsibleFor(resource);

    private OverlayConfiguration next(long sequence) {
        return overlay.configuration.toBuilder().sequence(sequence).addKind(SecureOverlay.block(ADDED)).build();
    }

    private Opaque signedBy(int peer, OverlayConfiguration configuration) throws Exception {
        return Opaque.of(new ConfigurationSigner(overlay.credentials.get(overlay.id(peer)))
                .writeSigned(OverlayConfigurations.of(List.of(configuration))));
    }

    private ErrorCode update(int target, Opaque document) {
        return overlay.failure(alice.node().send(OutgoingRequest.to(overlay.id(target), ConfigUpdateReq.config(document))))
                .errorCode();
    }

    private java.util.concurrent.CompletionStage<?> store(KindId kind) {
        return alice.overlay().store(resource, List.of(new KindValues(kind, 0, List.of(StoredValue.of(Slot.SINGLE,
                Opaque.utf8("v"), overlay.scheduler.clock().instant(), Duration.ofHours(1))))));
    }

    @Test
    void a_newer_signed_configuration_is_applied_and_pushed_to_a_node_whose_configuration_is_older() throws Exception {
        NodeId target = overlay.id(responsible);
        overlay.await(alice.node().send(OutgoingRequest.to(target, ConfigUpdateReq.config(signedBy(0, next(2))))));
        assertThat(overlay.configurations.get(target).sequence()).isEqualTo(2);
        assertThat(overlay.peer(responsible).usages().table().find(ADDED.id())).as("the new kind").isPresent();

        assertThat(overlay.failure(store(SINGLE.id())).errorCode()).isEqualTo(ErrorCode.ERROR_CONFIG_TOO_OLD);
        overlay.settle();

        assertThat(overlay.configurations.get(overlay.id(0)).sequence()).as("updated by the pushed document")
                .isEqualTo(2);
        overlay.await(store(ADDED.id()));
    }

    @Test
    void an_unsigned_or_foreign_signed_document_is_forbidden() throws Exception {
        Opaque unsigned = Opaque.of(ConfigurationWriter.write(OverlayConfigurations.of(List.of(next(2)))));

        assertThat(update(responsible, unsigned)).isEqualTo(ErrorCode.ERROR_FORBIDDEN);
        assertThat(update(responsible, signedBy(1, next(2)))).as("peer 1 is no configuration-signer")
                .isEqualTo(ErrorCode.ERROR_FORBIDDEN);
        assertThat(overlay.configurations.get(overlay.id(responsible)).sequence()).isEqualTo(1);
    }

    @Test
    void a_document_that_is_not_newer_is_refused_as_too_old() throws Exception {
        overlay.await(alice.node().send(OutgoingRequest.to(overlay.id(1), ConfigUpdateReq.config(signedBy(0, next(3))))));

        assertThat(update(1, signedBy(0, next(3)))).isEqualTo(ErrorCode.ERROR_CONFIG_TOO_OLD);
    }

    @Test
    void kind_descriptions_sent_alone_are_refused() {
        assertThat(overlay.failure(alice.node().send(OutgoingRequest.to(overlay.id(1),
                ConfigUpdateReq.kinds(List.of(Opaque.utf8("<kind id=\"1\"/>")))))).errorCode())
                .isEqualTo(ErrorCode.ERROR_FORBIDDEN);
    }
}
