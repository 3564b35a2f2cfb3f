package org.reloadj.wire.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reloadj.wire.body.OverlayWire.assertInvalid;
import static org.reloadj.wire.body.OverlayWire.hex;
import static org.reloadj.wire.body.OverlayWire.roundTrip;

import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.Opaque;
import org.reloadj.wire.io.WireException;

class ErrorResponseTest {

    @Test
    void an_error_is_its_code_and_utf8_info() throws WireException {
        String golden = ""
                + "0003"            // error_code: Error_Not_Found (0x3, 14.9)
                + "0004 676f6e65";  // error_info<0..2^16-1>: "gone"
        ErrorResponse e = ErrorResponse.of(ErrorCode.ERROR_NOT_FOUND, "gone");
        assertThat(hex(e)).isEqualTo(OverlayWire.normalized(golden));
        ErrorResponse decoded = roundTrip(golden, ErrorResponse::decode);
        assertThat(decoded).isEqualTo(e);
        assertThat(decoded.error()).contains(ErrorCode.ERROR_NOT_FOUND);
        assertThat(decoded.errorInfo().toUtf8()).isEqualTo("gone");
        assertThat(e.messageCode()).isEqualTo(0xffff);
    }

    @Test
    void an_unknown_error_code_is_carried_through() throws WireException {
        ErrorResponse e = roundTrip("8000 0000", ErrorResponse::decode);
        assertThat(e.errorCode()).isEqualTo(0x8000);
        assertThat(e.error()).isEmpty();
    }

    @Test
    void an_error_whose_info_runs_past_the_body_is_rejected() {
        assertInvalid("0014 0005 676f6e65", ErrorResponse::decode);
    }

    @Test
    void a_truncated_error_code_is_rejected() {
        assertInvalid("00", ErrorResponse::decode);
    }

    @Test
    void a_code_beyond_16_bits_is_refused() {
        assertThatThrownBy(() -> new ErrorResponse(0x10000, Opaque.EMPTY)).isInstanceOf(IllegalArgumentException.class);
    }
}
