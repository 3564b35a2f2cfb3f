package org.reloadj.core.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.body.BodyCodec;
import org.reloadj.wire.body.ConfigUpdateReq;
import org.reloadj.wire.body.MessageBody;
import org.reloadj.wire.body.PingReq;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.message.Destination;
import org.reloadj.wire.message.ReloadMessage;

class ConfigSequenceTest {
    private final TestOverlay overlay = new TestOverlay(4).linkRing();
    private final RawPeer peer = new RawPeer(overlay, RawPeer.rawId(1), 1);

    /** The raw peer sends {@code body} to {@code to} with configuration sequence {@code sequence}. */
    private void send(int sequence, Destination to, MessageBody body) {
        RawPeer.Header h = peer.header(to);
        h.sequence = sequence;
        peer.send(h, body);
    }

    private Destination nodeOne() {
        return Destination.node(overlay.ids.get(1));
    }

    @Test
    void sequence_numbers_compare_modulo_65535_as_in_tcp() {
        assertThat(ConfigSequence.compare(5, 5)).isZero();
        assertThat(ConfigSequence.compare(6, 5)).isPositive();
        assertThat(ConfigSequence.compare(4, 5)).isNegative();
        assertThat(ConfigSequence.compare(0, 65534)).isPositive();
        assertThat(ConfigSequence.compare(65534, 0)).isNegative();
        assertThat(ConfigSequence.compare(30000, 1)).isPositive();
        assertThat(ConfigSequence.compare(40000, 1)).isNegative();
        assertThat(ConfigSequence.compare(65535, 3)).isNegative();
    }

    @Test
    void a_request_with_an_older_configuration_is_refused_and_its_sender_gets_a_config_update() throws Exception {
        overlay.configs.get(2).apply(ConfigUpdateReq.config(Opaque.utf8("sequence=3")),
                VerifiedSender.of(overlay.ids.get(0), "admin"));

        ErrorCode code = overlay.failure(overlay.node(0).ping(overlay.ids.get(2)));
        overlay.scheduler.runUntilIdle();

        assertThat(code).isEqualTo(ErrorCode.ERROR_CONFIG_TOO_OLD);
        assertThat(overlay.configs.get(0).received()).hasSize(1);
        assertThat(overlay.configs.get(0).sequence()).isEqualTo(3);
        assertThat(overlay.await(overlay.node(0).ping(overlay.ids.get(2))).responder()).isEqualTo(overlay.ids.get(2));
    }

    @Test
    void a_request_with_a_newer_configuration_is_refused_without_a_config_update() {
        send(2, nodeOne(), PingReq.empty());

        assertThat(peer.onlyError()).isEqualTo(ErrorCode.ERROR_CONFIG_TOO_NEW);
    }

    @Test
    void the_config_update_goes_back_along_the_request_path_with_sequence_65535() throws Exception {
        send(0, Destination.resource(TestOverlay.resourceOf(3)), PingReq.empty());

        List<ReloadMessage> got = peer.received();
        assertThat(got).as("the error, then the ConfigUpdate sent 5 times as nobody answers it").hasSize(6);
        assertThat(got.subList(1, 6)).extracting(m -> m.header().transactionId()).containsOnly(
                got.get(1).header().transactionId());
        assertThat(RawPeer.errorOf(got.get(0))).isEqualTo(ErrorCode.ERROR_CONFIG_TOO_OLD);
        ReloadMessage update = got.get(1);
        assertThat(update.contents().messageCode()).isEqualTo(MessageCode.CONFIG_UPDATE_REQ.code());
        assertThat(update.header().configurationSequence()).isEqualTo(65535);
        assertThat(update.header().destinationList()).containsExactly(Destination.node(peer.id));
        assertThat(((ConfigUpdateReq) BodyCodec.decode(update.contents(), WireContext.defaults())).data().toUtf8())
                .isEqualTo("sequence=1");
    }

    @Test
    void a_config_update_with_sequence_65535_is_accepted_whatever_the_receivers_sequence() {
        send(65535, nodeOne(), ConfigUpdateReq.config(Opaque.utf8("sequence=9")));

        assertThat(peer.received()).singleElement().satisfies(m -> assertThat(m.contents().messageCode())
                .isEqualTo(MessageCode.CONFIG_UPDATE_ANS.code()));
        assertThat(overlay.configs.get(1).sequence()).isEqualTo(9);
    }

    @Test
    void a_config_update_with_another_sequence_is_checked_like_any_request() {
        send(5, nodeOne(), ConfigUpdateReq.config(Opaque.utf8("sequence=9")));

        assertThat(peer.onlyError()).isEqualTo(ErrorCode.ERROR_CONFIG_TOO_NEW);
        assertThat(overlay.configs.get(1).sequence()).isEqualTo(1);
    }

    @Test
    void a_refused_config_update_is_answered_with_the_handlers_error() {
        send(65535, nodeOne(), ConfigUpdateReq.kinds(List.of(Opaque.utf8("<kind/>"))));

        assertThat(peer.onlyError()).isEqualTo(ErrorCode.ERROR_FORBIDDEN);
    }
}
