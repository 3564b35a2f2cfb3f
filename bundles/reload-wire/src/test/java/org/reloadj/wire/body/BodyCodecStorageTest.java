package org.reloadj.wire.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.wire.storage.StorageSamples.CTX;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.Wire;
import org.reloadj.wire.io.WireException;

class BodyCodecStorageTest {

    @ParameterizedTest
    @CsvSource({
        "STORE_REQ, 00 00 00000000, StoreReq",
        "STORE_ANS, 0000, StoreAns",
        "FETCH_REQ, 00 0000, FetchReq",
        "FETCH_ANS, 00000000, FetchAns",
        "STAT_REQ, 00 0000, StatReq",
        "STAT_ANS, 00000000, StatAns",
        "FIND_REQ, 00 00, FindReq",
        "FIND_ANS, 0000, FindAns",
    })
    void decodes_each_storage_code_as_its_structure(MessageCode code, String hex, String type) throws WireException {
        MessageBody body = BodyCodec.decode(code, Wire.reader(hex), CTX);
        assertThat(body.getClass().getSimpleName()).isEqualTo(type);
        assertThat(body.messageCode()).isEqualTo(code.code());
        assertThat(Wire.encodeHex(body::encode)).isEqualTo(hex.replace(" ", ""));
    }
}
