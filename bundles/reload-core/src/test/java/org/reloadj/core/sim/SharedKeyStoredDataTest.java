package org.reloadj.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.ResourceId;
import org.reloadj.core.storage.Writer;
import org.reloadj.wire.storage.DataValue;
import org.reloadj.wire.storage.StoredData;
import org.reloadj.wire.storage.StoredDataValue;

class SharedKeyStoredDataTest {
    private static final byte[] KEY = "k".getBytes(StandardCharsets.UTF_8);
    private static final NodeId ALICE = NodeId.fromHex("a0000000000000000000000000000001");
    private static final ResourceId RESOURCE = ResourceId.of(Opaque.fromHex("0102030405060708090a0b0c0d0e0f10"));
    private static final KindId KIND = new KindId(0xF000_0001L);
    private static final StoredDataValue VALUE = new StoredDataValue.SingleValue(DataValue.of(Opaque.utf8("v")));

    private final SharedKeyStoredData alice = new SharedKeyStoredData(KEY, ALICE, "alice@example.org");

    @Test
    void a_signed_value_verifies_to_the_node_and_user_that_signed_it() throws ReloadException {
        StoredData data = alice.sign(RESOURCE, KIND, 1000, 60, VALUE);

        Writer writer = alice.verify(RESOURCE, KIND, data, List.of());

        assertThat(writer).isEqualTo(new Writer(Optional.of("alice@example.org"), List.of(ALICE), ALICE));
    }

    @Test
    void another_resource_kind_storage_time_or_key_fails_with_error_forbidden() {
        StoredData data = alice.sign(RESOURCE, KIND, 1000, 60, VALUE);
        SharedKeyStoredData stranger = new SharedKeyStoredData("other".getBytes(StandardCharsets.UTF_8), ALICE, "a@b");
        StoredData later = new StoredData(1001, 60, data.value(), data.signature());

        assertThatThrownBy(() -> alice.verify(ResourceId.of(ALICE.bytes()), KIND, data, List.of()))
                .isInstanceOfSatisfying(ReloadException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.ERROR_FORBIDDEN));
        assertThatThrownBy(() -> alice.verify(RESOURCE, new KindId(7), data, List.of())).isInstanceOf(ReloadException.class);
        assertThatThrownBy(() -> alice.verify(RESOURCE, KIND, later, List.of())).isInstanceOf(ReloadException.class);
        assertThatThrownBy(() -> stranger.verify(RESOURCE, KIND, data, List.of())).isInstanceOf(ReloadException.class);
    }

    @Test
    void the_lifetime_is_not_signed() throws ReloadException {
        StoredData data = alice.sign(RESOURCE, KIND, 1000, 60, VALUE);

        assertThat(alice.verify(RESOURCE, KIND, new StoredData(1000, 5, data.value(), data.signature()), List.of())
                .signingNodeId()).isEqualTo(ALICE);
    }
}
