package org.reloadj.wire.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reloadj.wire.body.OverlayWire.assertInvalid;
import static org.reloadj.wire.body.OverlayWire.hex;
import static org.reloadj.wire.body.OverlayWire.roundTrip;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.ApplicationId;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.WireException;

class AppAttachTest {

    @Test
    void an_app_attach_request_puts_the_application_between_password_and_role() throws WireException {
        String golden = ""
                + "01 75"               // ufrag: "u"
                + "01 70"               // password: "p"
                + "13c4"                // application: SIP (5060)
                + "06 616374697665"     // role: "active"
                + "0000";               // candidates: none
        AppAttachReq req = new AppAttachReq(new AppAttachReqAns(Opaque.utf8("u"), Opaque.utf8("p"),
                ApplicationId.SIP.code(), Opaque.utf8("active"), List.of()));
        assertThat(hex(req)).isEqualTo(OverlayWire.normalized(golden));
        assertThat(roundTrip(golden, AppAttachReq::decode)).isEqualTo(req);
        assertThat(req.messageCode()).isEqualTo(MessageCode.APP_ATTACH_REQ.code());
    }

    @Test
    void an_app_attach_answer_with_a_candidate_round_trips() throws WireException {
        AppAttachAns ans = roundTrip("00 00 13c5 00 0012" + AttachTest.HOST_CANDIDATE, AppAttachAns::decode);
        assertThat(ans.contents().application()).isEqualTo(ApplicationId.SIPS.code());
        assertThat(ans.contents().candidates()).hasSize(1);
        assertThat(ans.messageCode()).isEqualTo(MessageCode.APP_ATTACH_ANS.code());
    }

    @Test
    void an_app_attach_cut_inside_the_application_is_rejected() {
        assertInvalid("00 00 13", AppAttachReq::decode);
    }

    @Test
    void an_app_attach_with_a_bad_candidate_type_is_rejected() {
        assertInvalid("00 00 13c4 00 000e 01 06 c0000201 17c4 01 00 00000001 03 0000", AppAttachAns::decode);
    }

    @Test
    void an_application_beyond_16_bits_is_refused() {
        assertThatThrownBy(() -> new AppAttachReqAns(Opaque.EMPTY, Opaque.EMPTY, 0x10000, Opaque.EMPTY, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
