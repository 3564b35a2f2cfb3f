package org.reloadj.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdentifierTest {

    @Test
    void node_ids_have_16_to_20_bytes() {
        assertThat(NodeId.of(new byte[16]).length()).isEqualTo(16);
        assertThat(NodeId.of(new byte[20]).length()).isEqualTo(20);
        assertThatThrownBy(() -> NodeId.of(new byte[15])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NodeId.of(new byte[21])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resource_ids_have_at_most_254_bytes() {
        assertThat(ResourceId.of(new byte[0]).length()).isZero();
        assertThat(ResourceId.of(new byte[254]).length()).isEqualTo(254);
        assertThatThrownBy(() -> ResourceId.of(new byte[255])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void identifiers_compare_as_unsigned_big_endian_numbers() {
        NodeId low = NodeId.fromHex("7f" + "00".repeat(15));
        NodeId high = NodeId.fromHex("80" + "00".repeat(15));
        assertThat(low).isLessThan(high);
    }

    @Test
    void a_node_id_never_equals_a_resource_id_of_the_same_bytes() {
        byte[] b = new byte[16];
        assertThat(NodeId.of(b)).isEqualTo(NodeId.of(b.clone())).isNotEqualTo(ResourceId.of(b));
        assertThat(NodeId.of(b).hashCode()).isEqualTo(NodeId.of(b.clone()).hashCode());
    }

    @Test
    void identifiers_copy_the_array_they_are_made_of() {
        byte[] b = new byte[16];
        NodeId id = NodeId.of(b);
        b[0] = 1;
        assertThat(id.toString()).isEqualTo("00".repeat(16));
    }

    @Test
    void kind_ids_are_unsigned_32_bit() {
        assertThat(KindId.ofBits(0xF000_0001).value()).isEqualTo(0xF000_0001L);
        assertThat(KindId.ofBits(0xF000_0001).isPrivateUse()).isTrue();
        assertThat(KindId.CERTIFICATE_BY_USER.isPrivateUse()).isFalse();
        assertThatThrownBy(() -> new KindId(1L << 32)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KindId(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
