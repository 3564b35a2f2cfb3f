package org.reloadj.core.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.KindId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;
import org.reloadj.wire.body.BodyCodec;
import org.reloadj.wire.body.FetchReq;
import org.reloadj.wire.body.StoreReq;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.message.Signature;
import org.reloadj.wire.storage.DataValue;
import org.reloadj.wire.storage.ModelSpecifier;
import org.reloadj.wire.storage.StoreKindData;
import org.reloadj.wire.storage.StoredData;
import org.reloadj.wire.storage.StoredDataSpecifier;
import org.reloadj.wire.storage.StoredDataValue;

/** The Kind-IDs of storage requests, read without the kinds' data models (RFC 6940, 7.4.1.2). */
class RequestKindsTest {
    private static final ResourceId RESOURCE = ResourceId.fromHex("00112233445566778899aabbccddeeff");
    private static final KindId A = new KindId(0xF000_0001L);
    private static final KindId B = new KindId(0xF000_0002L);

    @Test
    void reads_the_kinds_of_a_store_in_order() throws WireException {
        StoredData value = new StoredData(1, 60, new StoredDataValue.SingleValue(DataValue.of(Opaque.utf8("v"))),
                Signature.unsigned());
        StoreReq store = new StoreReq(RESOURCE, 0, List.of(new StoreKindData(A, 0, List.of(value, value)),
                new StoreKindData(B, 7, List.of())));

        assertThat(RequestKinds.ofStore(BodyCodec.encode(store))).containsExactly(A, B);
    }

    @Test
    void reads_the_kinds_of_a_fetch() throws WireException {
        FetchReq fetch = new FetchReq(RESOURCE, List.of(new StoredDataSpecifier(B, 0, new ModelSpecifier.SingleValue()),
                new StoredDataSpecifier(A, 3, new ModelSpecifier.DictionaryKeys(List.of(Opaque.utf8("k"))))));

        assertThat(RequestKinds.ofSpecifiers(BodyCodec.encode(fetch))).containsExactly(B, A);
    }

    @Test
    void a_truncated_body_is_an_invalid_message() {
        assertThatThrownBy(() -> RequestKinds.ofStore(Opaque.fromHex("100011223344556677")))
                .isInstanceOf(WireException.class);
    }
}
