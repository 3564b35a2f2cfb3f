package org.reloadj.wire.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.wire.Wire;
import org.reloadj.wire.io.WireException;

class IpAddressPortTest {

    @Test
    void encodes_the_ipv4_example_of_rfc_6940_section_6_3_1_1() {
        IpAddressPort a = IpAddressPort.of(new InetSocketAddress("192.0.2.1", 6084));
        assertThat(Wire.encodeHex(a::encode)).isEqualTo("0106c000020117c4");
    }

    @Test
    void decodes_the_ipv4_example_of_rfc_6940_section_6_3_1_1() throws WireException {
        IpAddressPort a = IpAddressPort.decode(Wire.reader("01 06 c0 00 02 01 17 c4"));
        assertThat(((IpAddressPort.Inet) a).toSocketAddress()).isEqualTo(new InetSocketAddress("192.0.2.1", 6084));
    }

    @Test
    void round_trips_ipv6() throws WireException {
        String hex = "0212" + "20010db8000000000000000000000001" + "17c4";
        IpAddressPort a = IpAddressPort.decode(Wire.reader(hex));
        assertThat(Wire.encodeHex(a::encode)).isEqualTo(hex);
    }

    @Test
    void keeps_an_ipv4_mapped_ipv6_address_as_ipv6() throws WireException {
        String hex = "0212" + "00000000000000000000ffffc0000201" + "17c4";
        IpAddressPort a = IpAddressPort.decode(Wire.reader(hex));
        assertThat(Wire.encodeHex(a::encode)).isEqualTo(hex);
    }

    @Test
    void carries_an_unknown_address_type_through() throws WireException {
        String hex = "0703aabbcc";
        IpAddressPort a = IpAddressPort.decode(Wire.reader(hex));
        assertThat(a).isInstanceOf(IpAddressPort.Unknown.class);
        assertThat(Wire.encodeHex(a::encode)).isEqualTo(hex);
    }

    @Test
    void rejects_ipv4_with_the_length_of_ipv6() {
        assertThatThrownBy(() -> IpAddressPort.decode(Wire.reader("0112" + "00".repeat(18))))
                .isInstanceOf(WireException.class)
                .extracting(e -> ((WireException) e).errorCode()).isEqualTo(ErrorCode.ERROR_INVALID_MESSAGE);
    }

    @Test
    void rejects_a_length_beyond_the_bytes_present() {
        assertThatThrownBy(() -> IpAddressPort.decode(Wire.reader("0106c00002"))).isInstanceOf(WireException.class);
    }

    @Test
    void rejects_the_invalid_address_type() {
        assertThatThrownBy(() -> IpAddressPort.decode(Wire.reader("0006c000020117c4"))).isInstanceOf(WireException.class);
    }
}
