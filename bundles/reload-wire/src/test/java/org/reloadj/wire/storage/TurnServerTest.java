package org.reloadj.wire.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reloadj.wire.storage.StorageSamples.UNSIGNED;
import static org.reloadj.wire.storage.StorageSamples.assertEncodes;
import static org.reloadj.wire.storage.StorageSamples.assertInvalid;
import static org.reloadj.wire.storage.StorageSamples.assertRoundTrip;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.registry.DataModel;
import org.reloadj.wire.Wire;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.message.IpAddressPort;

class TurnServerTest {
    private static final TurnServer SERVER =
            new TurnServer(1, IpAddressPort.of(new InetSocketAddress("192.0.2.1", 3478)));

    @Test
    void is_the_iteration_byte_then_an_ip_address_port() {
        // iteration d = 1; ipv4_address (1), length 6, 192.0.2.1, port 3478 (0x0d96)
        assertEncodes(SERVER, TurnServer::encode, "01 01 06 c0000201 0d96");
    }

    @Test
    void round_trips_an_ipv6_server() throws WireException {
        assertRoundTrip("14 02 12 20010db8000000000000000000000001 0d96", TurnServer::decode, TurnServer::encode);
    }

    @Test
    void is_read_from_the_single_value_of_a_turn_service_stored_data() throws WireException {
        // StoredData: length 0x21 = 8 + 4 + (1 + 4 + 9) + 7; the value holds the 9-byte TurnServer
        StoredData d = StoredData.decode(Wire.reader(
                "00000021 00000000000003e8 00015180 01 00000009 01 01 06 c0000201 0d96 " + UNSIGNED),
                DataModel.SINGLE_VALUE);
        assertThat(TurnServer.fromValue(d.value().value().value())).isEqualTo(SERVER);
    }

    @Test
    void a_stored_value_with_bytes_after_the_turn_server_is_invalid() {
        assertThatThrownBy(() -> TurnServer.fromValue(Wire.opaque("01 01 06 c0000201 0d96 00")))
                .isInstanceOfSatisfying(WireException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.ERROR_INVALID_MESSAGE));
    }

    @Test
    void rejects_a_truncated_address() {
        assertInvalid("01 01 06 c000", TurnServer::decode);
    }

    @Test
    void refuses_an_iteration_beyond_a_byte() {
        assertThatThrownBy(() -> new TurnServer(256, SERVER.serverAddress())).isInstanceOf(IllegalArgumentException.class);
    }
}
