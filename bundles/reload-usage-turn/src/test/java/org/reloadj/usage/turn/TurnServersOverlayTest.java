package org.reloadj.usage.turn;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.ResourceId;
import org.reloadj.api.overlay.KindValues;
import org.reloadj.api.overlay.Slot;
import org.reloadj.api.overlay.StoredValue;
import org.reloadj.api.registry.AccessControlPolicy;
import org.reloadj.api.registry.DataModel;
import org.reloadj.config.KindBlock;
import org.reloadj.security.signature.CertificateSource;
import org.reloadj.testkit.NodeRing;

/**
 * The TURN Server usage (RFC 6940, 9) on whole nodes: a five-peer ring and a client, certificates of
 * the overlay's CA, the storage engine's NODE-MULTIPLE check (7.3.4) in force.
 */
class TurnServersOverlayTest {
    private static final InetSocketAddress COTURN = new InetSocketAddress("192.0.2.10", 3478);
    private static final TurnSettings DENSITY_5 = TurnSettings.defaults().withTurnDensity(5);

    private final NodeRing ring = NodeRing.of(5, new TurnServiceUsage());

    private TurnServers servers(NodeRing on, int node, TurnSettings settings) {
        return new OverlayTurnServers(on.overlay(node), settings, on.clock(), new SplittableRandom(node));
    }

    private ReloadException storeAtIteration(NodeRing on, int writer, int d, int iterationInValue) {
        ResourceId resource = on.overlay(writer).resourceId(TurnServiceUsage.resourceName(on.nodeId(writer), d));
        StoredValue value = StoredValue.of(Slot.SINGLE, Advertisements.encode(iterationInValue, COTURN),
                on.clock().instant(), Duration.ofHours(1));
        return on.failure(on.overlay(writer).store(resource, List.of(new KindValues(KindId.TURN_SERVICE, 0,
                List.of(value)))));
    }

    @Test
    void a_peer_advertising_a_turn_server_is_discovered_by_the_other_peers_and_a_client() {
        int client = ring.addClient(NodeId.fromHex("a8000000000000000000000000000000"), 3);
        ring.await(servers(ring, 1, DENSITY_5).advertise(COTURN));

        for (int seeker : new int[] {0, 2, 3, 4, client}) {
            TurnServers.Server found = ring.await(servers(ring, seeker, DENSITY_5).discover()).orElseThrow();
            assertThat(found.address()).as("found by %d", seeker).isEqualTo(COTURN);
            assertThat(found.advertiser()).isEqualTo(ring.nodeId(1));
        }
    }

    @Test
    void the_advertisement_is_stored_at_every_iteration_by_the_responsible_peers() {
        List<ResourceId> at = ring.await(servers(ring, 1, DENSITY_5).advertise(COTURN));

        assertThat(at).hasSize(5).doesNotHaveDuplicates();
        for (int d = 1; d <= 5; d++) {
            assertThat(at.get(d - 1)).isEqualTo(ring.resourceId(TurnServiceUsage.resourceName(ring.nodeId(1), d)));
        }
    }

    @Test
    void node_multiple_refuses_an_iteration_above_the_maximum() {
        assertThat(storeAtIteration(ring, 2, 21, 21).errorCode()).isEqualTo(ErrorCode.ERROR_FORBIDDEN);
        assertThat(ring.await(servers(ring, 2, DENSITY_5.withTurnDensity(20)).advertise(COTURN))).hasSize(20);
    }

    @Test
    void the_storing_peer_refuses_a_value_that_is_not_a_turn_server() {
        ResourceId resource = ring.resourceId(TurnServiceUsage.resourceName(ring.nodeId(2), 1));
        StoredValue value = StoredValue.of(Slot.SINGLE, Opaque.utf8("not a TurnServer"), ring.clock().instant(),
                Duration.ofHours(1));

        ReloadException refused = ring.failure(ring.overlay(2).store(resource,
                List.of(new KindValues(KindId.TURN_SERVICE, 0, List.of(value)))));

        assertThat(refused.errorCode()).isEqualTo(ErrorCode.ERROR_FORBIDDEN);
        assertThat(refused.getMessage()).contains("TurnServer");
    }

    @Test
    void the_configurations_max_node_multiple_overrides_the_usages() {
        NodeRing configured = new NodeRing(4, List.of(new TurnServiceUsage()), b -> b.addKind(KindBlock.named(
                "TURN-SERVICE", DataModel.SINGLE_VALUE, AccessControlPolicy.NODE_MULTIPLE, 1, 258)
                .withMaxNodeMultiple(3)), id -> CertificateSource.none());

        assertThat(storeAtIteration(configured, 1, 4, 4).errorCode()).isEqualTo(ErrorCode.ERROR_FORBIDDEN);
        assertThat(configured.failure(servers(configured, 1, DENSITY_5).advertise(COTURN)).errorCode())
                .isEqualTo(ErrorCode.ERROR_FORBIDDEN);
        assertThat(configured.await(servers(configured, 1, DENSITY_5.withMaxIteration(3)).advertise(COTURN)))
                .hasSize(3);
    }

    @Test
    void withdrawn_servers_are_no_longer_discovered() {
        ring.await(servers(ring, 1, DENSITY_5).advertise(COTURN));
        ring.await(servers(ring, 1, DENSITY_5).withdraw());

        assertThat(ring.await(servers(ring, 3, DENSITY_5).discover())).isEmpty();
    }
}
