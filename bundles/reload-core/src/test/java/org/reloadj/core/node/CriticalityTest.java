package org.reloadj.core.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.ForwardingOptionFlag;
import org.reloadj.wire.body.PingReq;
import org.reloadj.wire.message.Destination;
import org.reloadj.wire.message.ForwardingOption;
import org.reloadj.wire.message.MessageExtension;
import org.reloadj.wire.message.ReloadMessage;

class CriticalityTest {
    private static final int FORWARD = ForwardingOptionFlag.FORWARD_CRITICAL.mask();
    private static final int DESTINATION = ForwardingOptionFlag.DESTINATION_CRITICAL.mask();
    private static final int COPY = ForwardingOptionFlag.RESPONSE_COPY.mask();

    private final TestOverlay overlay = new TestOverlay(6).linkRing();
    private final List<IncomingRequest> atThree = RoutingTest.echo(overlay, 3);

    private static ForwardingOption option(int type, int flags) {
        return new ForwardingOption(type, flags, Opaque.utf8("v"));
    }

    private OutgoingRequest toThree() {
        return RoutingTest.expA(TestOverlay.resourceOf(3));
    }

    @Test
    void a_forwarding_peer_refuses_an_unknown_forward_critical_option() {
        ErrorCode code = overlay.failure(overlay.node(0).send(toThree().withOptions(option(1, FORWARD))));

        assertThat(code).isEqualTo(ErrorCode.ERROR_UNSUPPORTED_FORWARDING_OPTION);
        assertThat(atThree).isEmpty();
    }

    @Test
    void a_forward_critical_option_is_not_checked_by_the_destination() {
        overlay.await(overlay.node(2).send(toThree().withOptions(option(1, FORWARD))));

        assertThat(atThree).hasSize(1);
    }

    @Test
    void a_destination_critical_option_passes_forwarding_peers_and_is_refused_by_the_destination() {
        ErrorCode code = overlay.failure(overlay.node(0).send(toThree().withOptions(option(1, DESTINATION))));

        assertThat(code).isEqualTo(ErrorCode.ERROR_UNSUPPORTED_FORWARDING_OPTION);
        assertThat(atThree).isEmpty();
        assertThat(overlay.node(1).drops().total()).isZero();
    }

    @Test
    void unknown_options_without_critical_flags_are_carried_and_ignored() {
        overlay.await(overlay.node(0).send(toThree().withOptions(option(7, 0))));

        assertThat(atThree.get(0).message().header().options()).containsExactly(option(7, 0));
    }

    @Test
    void response_copy_options_come_back_in_the_answer_with_the_three_flags_cleared() {
        Answer answer = overlay.await(overlay.node(0).send(toThree().withOptions(option(9, COPY | 0x80), option(8, 0))));

        assertThat(answer.message().header().options()).containsExactly(option(9, 0x80));
    }

    @Test
    void response_copy_options_come_back_in_error_responses_too() {
        RawPeer peer = new RawPeer(overlay, RawPeer.rawId(1), 3);
        RawPeer.Header h = peer.header(Destination.node(overlay.ids.get(3)));
        h.options = List.of(option(1, DESTINATION | COPY));

        peer.send(h, PingReq.empty());

        assertThat(peer.onlyError()).isEqualTo(ErrorCode.ERROR_UNSUPPORTED_FORWARDING_OPTION);
        ReloadMessage error = peer.received().get(0);
        assertThat(error.header().options()).containsExactly(option(1, 0));
    }

    @Test
    void a_critical_extension_the_destination_does_not_understand_is_refused_with_error_unknown_extension() {
        MessageExtension critical = new MessageExtension(1, true, Opaque.utf8("x"));

        ErrorCode code = overlay.failure(overlay.node(0).send(toThree().withExtensions(critical)));

        assertThat(code).isEqualTo(ErrorCode.ERROR_UNKNOWN_EXTENSION);
        assertThat(atThree).isEmpty();
    }

    @Test
    void an_extension_that_is_not_critical_is_ignored() {
        MessageExtension optional = new MessageExtension(1, false, Opaque.utf8("x"));

        overlay.await(overlay.node(0).send(toThree().withExtensions(optional)));

        assertThat(atThree.get(0).message().contents().extensions()).containsExactly(optional);
    }
}
