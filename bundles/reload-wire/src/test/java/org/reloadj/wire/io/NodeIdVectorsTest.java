package org.reloadj.wire.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.NodeId;
import org.reloadj.wire.Wire;

class NodeIdVectorsTest {
    private static final String A = "000102030405060708090a0b0c0d0e0f";
    private static final String B = "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff";
    private static final WireContext CTX = WireContext.defaults();

    @Test
    void node_ids_are_packed_behind_a_16_bit_byte_length() throws WireException {
        List<NodeId> ids = List.of(NodeId.fromHex(A), NodeId.fromHex(B));
        assertThat(Wire.encodeHex(w -> NodeIdVectors.write(w, ids, "ids"))).isEqualTo("0020" + A + B);
        WireReader r = Wire.reader("0020" + A + B + "ff");
        assertThat(NodeIdVectors.read(r, CTX, "ids")).isEqualTo(ids);
        assertThat(r.remaining()).isEqualTo(1);
    }

    @Test
    void a_byte_length_that_is_not_a_multiple_of_the_node_id_length_is_invalid() {
        assertThatThrownBy(() -> NodeIdVectors.read(Wire.reader("0011" + A + "00"), CTX, "ids"))
                .isInstanceOfSatisfying(WireException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.ERROR_INVALID_MESSAGE));
    }

    @Test
    void a_copy_must_share_one_length() {
        NodeId a = NodeId.fromHex(A);
        assertThat(NodeIdVectors.copyOfOneLength(List.of(a), "ids")).containsExactly(a);
        List<NodeId> mixed = List.of(a, NodeId.fromHex(B + "00000000"));
        assertThatThrownBy(() -> NodeIdVectors.copyOfOneLength(mixed, "ids"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
