package org.reloadj.core.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.core.peer.SecureOverlay.SINGLE;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;
import org.reloadj.api.overlay.KindValues;
import org.reloadj.api.overlay.PingResult;
import org.reloadj.api.overlay.Slot;
import org.reloadj.api.overlay.StoredValue;
import org.reloadj.core.node.Answer;
import org.reloadj.core.node.DropReason;
import org.reloadj.core.node.OutgoingRequest;
import org.reloadj.wire.body.PingReq;
import org.reloadj.wire.message.Destination;

/**
 * Clients (RFC 6940, 4.2): a node that attaches to an admitting peer, neither routes nor stores,
 * and is reachable through that peer; and peers that refuse a client's traffic when the
 * configuration says clients-permitted false (11.1).
 */
class ClientTest {
    private static final String CAROL = "carol@" + SecureOverlay.OVERLAY;
    /** In the range of peer 2 (Node-ID 30 00..): (20 00.., 30 00..]. */
    private static final NodeId IN_RANGE_OF_2 = NodeId.fromHex("2a000000000000000000000000000000");
    /** In the range of peer 4, attached to peer 1. */
    private static final NodeId ELSEWHERE = NodeId.fromHex("4a000000000000000000000000000000");

    @Test
    void a_client_attached_to_the_peer_responsible_for_its_node_id_is_reachable_by_its_node_id() {
        SecureOverlay overlay = new SecureOverlay(6);
        ReloadNode client = overlay.client(IN_RANGE_OF_2, CAROL, overlay.peer(2));

        PingResult ping = overlay.await(overlay.peer(5).overlay().ping(IN_RANGE_OF_2));

        assertThat(ping.responder()).isEqualTo(IN_RANGE_OF_2);
        assertThat(client.node().drops().total()).isZero();
    }

    @Test
    void a_client_attached_elsewhere_is_reachable_through_a_destination_list_naming_its_admitting_peer() {
        SecureOverlay overlay = new SecureOverlay(6);
        overlay.client(ELSEWHERE, CAROL, overlay.peer(1));

        Answer answer = overlay.await(overlay.peer(4).node().send(OutgoingRequest.via(
                List.of(Destination.node(overlay.id(1)), Destination.node(ELSEWHERE)), PingReq.empty())));

        assertThat(answer.responder().nodeId()).isEqualTo(ELSEWHERE);
        assertThat(overlay.failure(overlay.peer(4).overlay().ping(ELSEWHERE)).errorCode())
                .as("not by its Node-ID alone: the responsible peer does not know it")
                .isEqualTo(ErrorCode.ERROR_REQUEST_TIMEOUT);
    }

    @Test
    void a_client_does_not_route_for_others() {
        SecureOverlay overlay = new SecureOverlay(6);
        ReloadNode client = overlay.client(ELSEWHERE, CAROL, overlay.peer(1));
        overlay.link(client, overlay.peer(3));

        overlay.failure(overlay.peer(1).node().send(OutgoingRequest.via(
                List.of(Destination.node(ELSEWHERE), Destination.node(overlay.id(3))), PingReq.empty())));

        assertThat(client.node().drops().count(DropReason.CLIENT_DOES_NOT_ROUTE)).isPositive();
    }

    @Test
    void peers_refuse_a_clients_storage_requests_when_clients_are_not_permitted_but_let_it_join() {
        SecureOverlay overlay = new SecureOverlay(6, b -> b.clientsPermitted(false));
        ReloadNode client = overlay.client(ELSEWHERE, CAROL, overlay.peer(1));
        ResourceId carols = overlay.resourceOf(CAROL);
        StoredValue value = StoredValue.of(Slot.SINGLE, Opaque.utf8("mine"), overlay.scheduler.clock().instant(),
                Duration.ofHours(1));

        ErrorCode refused = overlay.failure(client.overlay().store(carols,
                List.of(new KindValues(SINGLE.id(), 0, List.of(value))))).errorCode();

        assertThat(refused).isEqualTo(ErrorCode.ERROR_FORBIDDEN);
        assertThat(overlay.await(client.overlay().ping(overlay.id(1))).responder())
                .as("a node not yet a peer may still ping, attach and join").isEqualTo(overlay.id(1));
        ReloadNode alice = overlay.peer(0);
        overlay.await(alice.overlay().store(overlay.resourceOf(overlay.user(alice)),
                List.of(new KindValues(SINGLE.id(), 0, List.of(value)))));
    }

    @Test
    void peers_serve_clients_when_clients_are_permitted() {
        SecureOverlay overlay = new SecureOverlay(6, b -> b.clientsPermitted(true));
        ReloadNode client = overlay.client(ELSEWHERE, CAROL, overlay.peer(1));
        StoredValue value = StoredValue.of(Slot.SINGLE, Opaque.utf8("mine"), overlay.scheduler.clock().instant(),
                Duration.ofHours(1));

        assertThat(overlay.await(client.overlay().store(overlay.resourceOf(CAROL),
                List.of(new KindValues(SINGLE.id(), 0, List.of(value)))))).hasSize(1);
    }
}
