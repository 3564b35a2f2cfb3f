package org.reloadj.usage.turn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.registry.AccessControlPolicy;
import org.reloadj.api.registry.DataModel;
import org.reloadj.core.storage.AccessControl;

class TurnServiceUsageTest {
    private static final NodeId NODE = NodeId.fromHex("0102030405060708090a0b0c0d0e0f10");

    private final TurnServiceUsage usage = new TurnServiceUsage();

    @Test
    void defines_turn_service_a_single_value_of_node_multiple_up_to_iteration_20() {
        assertThat(usage.name()).isEqualTo("TURN Server");
        assertThat(usage.kinds()).singleElement().satisfies(k -> {
            assertThat(k.id()).isEqualTo(new KindId(2));
            assertThat(k.name()).isEqualTo("TURN-SERVICE");
            assertThat(k.dataModel()).isEqualTo(DataModel.SINGLE_VALUE);
            assertThat(k.accessControl()).isEqualTo(AccessControlPolicy.NODE_MULTIPLE);
            assertThat(k.maxNodeMultiple()).isEqualTo(20);
            assertThat(k.maxCount()).isEqualTo(1);
            assertThat(k.maxSize()).isEqualTo(258);
        });
    }

    @Test
    void accepts_turn_servers_of_ipv4_and_ipv6_addresses() {
        assertThatCode(() -> usage.validate(KindId.TURN_SERVICE,
                Advertisements.encode(1, new InetSocketAddress("192.0.2.10", 3478)))).doesNotThrowAnyException();
        assertThatCode(() -> usage.validate(KindId.TURN_SERVICE,
                Advertisements.encode(20, new InetSocketAddress("2001:db8::1", 3478)))).doesNotThrowAnyException();
    }

    @Test
    void the_largest_turn_server_fits_max_size() {
        Opaque largest = Opaque.fromHex("01ff" + "ff" + "00".repeat(255));
        assertThatCode(() -> usage.validate(KindId.TURN_SERVICE, largest)).doesNotThrowAnyException();
        assertThat(largest.length()).isEqualTo(TurnServiceUsage.MAX_SIZE);
    }

    static Stream<Arguments> notTurnServers() {
        String ipv4 = "01" + "06" + "c000020a" + "0d96";
        return Stream.of(Arguments.of("empty", ""), Arguments.of("iteration only", "01"),
                Arguments.of("iteration 0", "00" + ipv4), Arguments.of("a byte left over", "01" + ipv4 + "00"),
                Arguments.of("address type 0", "01" + "00" + "06" + "c000020a0d96"),
                Arguments.of("IPv4 of the wrong length", "01" + "01" + "05" + "c000020a0d"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notTurnServers")
    void refuses_what_is_not_one_turn_server(String what, String hex) {
        assertThatThrownBy(() -> usage.validate(KindId.TURN_SERVICE, Opaque.fromHex(hex))).isInstanceOfSatisfying(
                ReloadException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.ERROR_FORBIDDEN));
    }

    @Test
    void the_resource_name_of_iteration_d_is_the_node_id_and_d_as_one_byte() {
        assertThat(TurnServiceUsage.resourceName(NODE, 1)).isEqualTo(Opaque.fromHex("0102030405060708090a0b0c0d0e0f1001"));
        assertThat(TurnServiceUsage.resourceName(NODE, 255).toHex()).endsWith("0f10ff");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 20, 255})
    void the_resource_name_is_the_one_the_storage_engines_access_control_hashes(int d) {
        assertThat(TurnServiceUsage.resourceName(NODE, d)).isEqualTo(AccessControl.nodeMultipleName(NODE, d));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 256})
    void there_is_no_iteration_outside_1_to_255(int d) {
        assertThatThrownBy(() -> TurnServiceUsage.resourceName(NODE, d)).isInstanceOf(IllegalArgumentException.class);
    }
}
