package org.reloadj.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.core.node.VerifiedSender;
import org.reloadj.wire.message.Destination;
import org.reloadj.wire.message.ForwardingHeader;
import org.reloadj.wire.message.MessageContents;
import org.reloadj.wire.message.ReloadMessage;
import org.reloadj.wire.message.SecurityBlock;
import org.reloadj.wire.message.Signature;

class SharedKeySecurityTest {
    private static final byte[] KEY = "k".getBytes(StandardCharsets.UTF_8);
    private static final NodeId ALICE = NodeId.fromHex("a0000000000000000000000000000001");

    private static ReloadMessage message(long transactionId, String body) {
        ForwardingHeader h = new ForwardingHeader(5, 1, 100, ForwardingHeader.UNFRAGMENTED, transactionId, 0, List.of(),
                List.of(Destination.node(ALICE)), List.of());
        return new ReloadMessage(h, new MessageContents(0x17, Opaque.utf8(body)),
                new SecurityBlock(List.of(), Signature.unsigned()));
    }

    private final SharedKeySecurity alice = new SharedKeySecurity(KEY, ALICE, "alice@example.org");

    @Test
    void a_signed_message_verifies_to_its_signer() throws ReloadException {
        VerifiedSender sender = alice.verify(alice.sign(message(1, "x")));

        assertThat(sender).isEqualTo(VerifiedSender.of(ALICE, "alice@example.org"));
    }

    @Test
    void the_via_and_destination_lists_are_not_signed() throws ReloadException {
        ReloadMessage signed = alice.sign(message(1, "x"));
        ReloadMessage moved = new ReloadMessage(signed.header().withLists(List.of(Destination.node(ALICE)),
                List.of(Destination.node(NodeId.fromHex("b0000000000000000000000000000002")))), signed.contents(),
                signed.security());

        assertThat(alice.verify(moved).nodeId()).isEqualTo(ALICE);
    }

    @Test
    void changed_contents_a_changed_transaction_id_or_another_key_fail() {
        ReloadMessage signed = alice.sign(message(1, "x"));
        ReloadMessage otherBody = new ReloadMessage(signed.header(), new MessageContents(0x17, Opaque.utf8("y")),
                signed.security());
        ReloadMessage otherId = new ReloadMessage(message(2, "x").header(), signed.contents(), signed.security());
        SharedKeySecurity stranger = new SharedKeySecurity("other".getBytes(StandardCharsets.UTF_8), ALICE, "a");

        for (ReloadMessage bad : List.of(otherBody, otherId)) {
            assertThatThrownBy(() -> alice.verify(bad)).isInstanceOfSatisfying(ReloadException.class,
                    e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.ERROR_FORBIDDEN));
        }
        assertThatThrownBy(() -> stranger.verify(signed)).isInstanceOf(ReloadException.class);
        assertThatThrownBy(() -> alice.verify(message(1, "x"))).isInstanceOf(ReloadException.class);
    }
}
