package org.reloadj.usage.turn.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HostPortTest {
    @Test
    void reads_ipv4_and_bracketed_ipv6_addresses() {
        assertThat(HostPort.parse("192.0.2.10:3478")).isEqualTo(new InetSocketAddress("192.0.2.10", 3478));
        assertThat(HostPort.parse(" [2001:db8::1]:5349 ")).isEqualTo(new InetSocketAddress("2001:db8::1", 5349));
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.10", "192.0.2.10:", ":3478", "192.0.2.10:0", "192.0.2.10:65536",
            "192.0.2.10:turn", "2001:db8::1:3478"})
    void refuses_what_is_not_host_colon_port(String text) {
        assertThatThrownBy(() -> HostPort.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
