package org.reloadj.usage.turn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletionStage;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.ResourceId;
import org.reloadj.api.overlay.KindValues;
import org.reloadj.api.overlay.Slot;
import org.reloadj.api.overlay.StoredValue;
import org.reloadj.testkit.InMemoryOverlay;
import org.reloadj.testkit.InMemoryStorage;
import org.reloadj.wire.message.IpAddressPort;
import org.reloadj.wire.storage.TurnServer;

/** Advertising and discovering TURN servers on an in-memory overlay (RFC 6940, 9). */
class OverlayTurnServersTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final NodeId TURN_PEER = NodeId.fromHex("10000000000000000000000000000000");
    private static final NodeId OTHER_TURN_PEER = NodeId.fromHex("30000000000000000000000000000000");
    private static final NodeId SEEKER = NodeId.fromHex("20000000000000000000000000000000");
    private static final InetSocketAddress COTURN = new InetSocketAddress("192.0.2.10", 3478);
    private static final InetSocketAddress OTHER_COTURN = new InetSocketAddress("2001:db8::7", 3478);

    private final InMemoryStorage storage = new InMemoryStorage();
    private final TurnSettings density3 = TurnSettings.defaults().withTurnDensity(3);

    private TurnServers servers(NodeId node, TurnSettings settings) {
        return new OverlayTurnServers(new InMemoryOverlay(storage, node, "user@overlay.example.org"), settings, CLOCK,
                new SplittableRandom(node.bytes().byteAt(0)));
    }

    private static <T> T done(CompletionStage<T> stage) {
        return stage.toCompletableFuture().join();
    }

    private static ResourceId iteration(NodeId node, int d) {
        return InMemoryStorage.sha1(TurnServiceUsage.resourceName(node, d));
    }

    private void write(NodeId writer, ResourceId at, Opaque value) {
        done(new InMemoryOverlay(storage, writer, "user@overlay.example.org").store(at, List.of(new KindValues(
                KindId.TURN_SERVICE, 0, List.of(StoredValue.of(Slot.SINGLE, value, NOW, Duration.ofHours(1)))))));
    }

    @Test
    void advertise_stores_a_turn_server_at_the_hash_of_the_node_id_and_each_iteration() throws Exception {
        List<ResourceId> at = done(servers(TURN_PEER, density3).advertise(COTURN));

        assertThat(at).containsExactly(iteration(TURN_PEER, 1), iteration(TURN_PEER, 2), iteration(TURN_PEER, 3));
        for (int d = 1; d <= 3; d++) {
            StoredValue v = storage.values(iteration(TURN_PEER, d), KindId.TURN_SERVICE).get(0);
            assertThat(v.slot()).isEqualTo(Slot.SINGLE);
            assertThat(v.lifetime()).isEqualTo(TurnSettings.DEFAULT_LIFETIME);
            assertThat(TurnServer.fromValue(v.value())).isEqualTo(new TurnServer(d, IpAddressPort.of(COTURN)));
        }
        assertThat(storage.values(iteration(TURN_PEER, 4), KindId.TURN_SERVICE)).isEmpty();
    }

    @Test
    void advertise_stops_at_the_max_iteration_the_storing_peers_would_accept() {
        List<ResourceId> at = done(servers(TURN_PEER, density3.withMaxIteration(2)).advertise(COTURN));

        assertThat(at).containsExactly(iteration(TURN_PEER, 1), iteration(TURN_PEER, 2));
    }

    @Test
    void with_turn_density_0_nothing_is_advertised_nor_looked_for() {
        TurnSettings none = TurnSettings.defaults().withTurnDensity(0);

        assertThat(done(servers(TURN_PEER, none).advertise(COTURN))).isEmpty();
        assertThat(done(servers(SEEKER, none).discover())).isEmpty();
        assertThat(storage.operations()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.1.2.3", "172.16.0.1", "192.168.1.1", "127.0.0.1", "169.254.0.1", "0.0.0.0", "::1",
            "fe80::1", "fd00::1"})
    void a_private_loopback_or_link_local_address_is_not_advertised(String address) {
        InetSocketAddress privateAddress = new InetSocketAddress(address, 3478);

        assertThatThrownBy(() -> done(servers(TURN_PEER, density3).advertise(privateAddress)))
                .hasCauseInstanceOf(IllegalArgumentException.class);
        assertThat(storage.operations()).isEmpty();
    }

    @Test
    void a_private_address_is_advertised_when_the_settings_allow_it() {
        InetSocketAddress lab = new InetSocketAddress("10.1.2.3", 3478);

        assertThat(done(servers(TURN_PEER, density3.allowingPrivateAddresses()).advertise(lab))).hasSize(3);
    }

    @Test
    void an_unresolved_address_is_not_advertised() {
        InetSocketAddress unresolved = InetSocketAddress.createUnresolved("turn.example.org", 3478);

        assertThatThrownBy(() -> done(servers(TURN_PEER, density3).advertise(unresolved)))
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_refused_store_fails_the_advertisement_with_the_overlays_error() {
        storage.fail("store", ErrorCode.ERROR_FORBIDDEN);

        assertThatThrownBy(() -> done(servers(TURN_PEER, density3).advertise(COTURN))).cause()
                .isInstanceOfSatisfying(ReloadException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.ERROR_FORBIDDEN));
    }

    @Test
    void discover_finds_the_advertised_server_by_find_and_fetch() {
        done(servers(TURN_PEER, density3).advertise(COTURN));
        int before = storage.operations().size();

        TurnServers.Server found = done(servers(SEEKER, density3).discover()).orElseThrow();

        assertThat(found.address()).isEqualTo(COTURN);
        assertThat(found.advertiser()).isEqualTo(TURN_PEER);
        assertThat(found.resource()).isEqualTo(iteration(TURN_PEER, found.iteration()));
        assertThat(storage.operations().subList(before, storage.operations().size())).containsExactly("find", "fetch");
    }

    @Test
    void discover_of_several_finds_servers_of_distinct_addresses() {
        done(servers(TURN_PEER, density3).advertise(COTURN));
        done(servers(OTHER_TURN_PEER, density3).advertise(OTHER_COTURN));

        List<TurnServers.Server> found = done(servers(SEEKER, density3).discover(2));

        assertThat(found).extracting(TurnServers.Server::address).containsExactlyInAnyOrder(COTURN, OTHER_COTURN);
    }

    @Test
    void discover_gives_up_after_its_attempts_when_there_is_no_server() {
        assertThat(done(servers(SEEKER, density3).discover())).isEmpty();

        assertThat(storage.operations()).containsExactlyElementsOf(Collections.nCopies(5, "find"));
    }

    @Test
    void discover_skips_this_nodes_own_advertisement() {
        done(servers(TURN_PEER, density3).advertise(COTURN));

        assertThat(done(servers(TURN_PEER, density3).discover())).isEmpty();
    }

    @Test
    void a_value_whose_writer_and_iteration_do_not_hash_to_its_resource_is_not_taken() {
        write(OTHER_TURN_PEER, iteration(TURN_PEER, 1), Advertisements.encode(1, OTHER_COTURN));
        write(TURN_PEER, iteration(TURN_PEER, 2), Advertisements.encode(1, COTURN));

        assertThat(done(servers(SEEKER, density3).discover())).isEmpty();
    }

    @Test
    void a_value_that_is_not_a_turn_server_is_not_taken() {
        write(TURN_PEER, iteration(TURN_PEER, 1), Opaque.utf8("not a TurnServer"));

        assertThat(done(servers(SEEKER, density3).discover())).isEmpty();
    }

    @Test
    void a_failed_find_fails_the_discovery() {
        storage.fail("find", ErrorCode.ERROR_UNKNOWN_KIND);

        assertThatThrownBy(() -> done(servers(SEEKER, density3).discover())).cause().isInstanceOfSatisfying(
                ReloadException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.ERROR_UNKNOWN_KIND));
    }

    @Test
    void withdraw_removes_the_advertisement_at_every_iteration() {
        done(servers(TURN_PEER, density3).advertise(COTURN));

        done(servers(TURN_PEER, density3).withdraw());

        IntStream.rangeClosed(1, 3).forEach(d -> assertThat(storage.values(iteration(TURN_PEER, d),
                KindId.TURN_SERVICE)).singleElement().satisfies(v -> assertThat(v.exists()).isFalse()));
        assertThat(done(servers(SEEKER, density3).discover())).isEmpty();
    }
}
