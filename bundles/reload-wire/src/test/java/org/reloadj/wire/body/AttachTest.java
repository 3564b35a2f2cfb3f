package org.reloadj.wire.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reloadj.wire.body.OverlayWire.assertInvalid;
import static org.reloadj.wire.body.OverlayWire.hex;
import static org.reloadj.wire.body.OverlayWire.roundTrip;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.CandidateType;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.api.registry.OverlayLinkType;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.message.IpAddressPort;

class AttachTest {
    /** A host candidate for 192.0.2.1:6084 over DTLS-UDP-SR (18 bytes). */
    static final String HOST_CANDIDATE = ""
            + "01 06 c0000201 17c4" // addr_port: ipv4_address, length 6, 192.0.2.1, port 6084 (6.3.1.1)
            + "01"                  // overlay_link: DTLS-UDP-SR(1)
            + "01 31"               // foundation<0..255>: "1"
            + "7e0000ff"            // priority
            + "01"                  // type: host(1), so no rel_addr_port
            + "0000";               // extensions<0..2^16-1>: none

    /** A srflx candidate with an IPv6 related address and one extension. */
    static final String SRFLX_CANDIDATE = ""
            + "01 06 cb007101 1f90"                             // addr_port 203.0.113.1:8080
            + "04"                                              // TLS-TCP-FH-NO-ICE(4)
            + "00"                                              // empty foundation
            + "64000001"                                        // priority
            + "02"                                              // srflx(2)
            + "02 12 20010db8000000000000000000000001 17c4"     // rel_addr_port [2001:db8::1]:6084
            + "0008 0002 6e61 0002 7661";                       // one extension: name "na", value "va"

    static final String RELAY_CANDIDATE = "01 06 c0000202 0d3d 05 00 00000001 04 01 06 c0000203 0d3e 0000";

    @Test
    void an_attach_request_has_ufrag_password_role_candidates_and_send_update() throws WireException {
        String golden = ""
                + "02 6162"             // ufrag<0..2^8-1>: "ab"
                + "02 7077"             // password<0..2^8-1>: "pw"
                + "07 70617373697665"   // role<0..2^8-1>: "passive" (the offerer)
                + "0012" + HOST_CANDIDATE // candidates<0..2^16-1>: one candidate of 18 bytes
                + "00";                 // send_update: False
        IceCandidate host = IceCandidate.host(IpAddressPort.of(new InetSocketAddress("192.0.2.1", 6084)),
                OverlayLinkType.DTLS_UDP_SR, Opaque.utf8("1"), 0x7e0000ffL);
        AttachReq req = new AttachReq(new AttachReqAns(Opaque.utf8("ab"), Opaque.utf8("pw"),
                Opaque.utf8("passive"), List.of(host), false));
        assertThat(hex(req)).isEqualTo(OverlayWire.normalized(golden));
        assertThat(roundTrip(golden, AttachReq::decode)).isEqualTo(req);
        assertThat(req.messageCode()).isEqualTo(MessageCode.ATTACH_REQ.code());
        assertThat(host.knownOverlayLink()).contains(OverlayLinkType.DTLS_UDP_SR);
    }

    @Test
    void an_attach_answer_with_srflx_and_relay_candidates_round_trips() throws WireException {
        String candidates = SRFLX_CANDIDATE + RELAY_CANDIDATE;
        String hex = "00 00 06 616374697665" + String.format("%04x", OverlayWire.normalized(candidates).length() / 2)
                + candidates + "01";
        AttachAns ans = roundTrip(hex, AttachAns::decode);
        assertThat(ans.messageCode()).isEqualTo(MessageCode.ATTACH_ANS.code());
        assertThat(ans.contents().sendUpdate()).isTrue();
        IceCandidate srflx = ans.contents().candidates().get(0);
        assertThat(srflx.type()).isEqualTo(CandidateType.SRFLX);
        assertThat(srflx.relAddrPort()).isPresent();
        assertThat(srflx.extensions()).containsExactly(new IceExtension(Opaque.utf8("na"), Opaque.utf8("va")));
        IceCandidate relay = ans.contents().candidates().get(1);
        assertThat(relay.type()).isEqualTo(CandidateType.RELAY);
        assertThat(relay.knownOverlayLink()).contains(OverlayLinkType.EXP_LINK);
    }

    @Test
    void an_unknown_overlay_link_type_is_carried_through() throws WireException {
        IceCandidate c = roundTrip("01 06 c0000201 17c4 c8 00 00000000 01 0000", (r, ctx) -> IceCandidate.decode(r),
                IceCandidate::encode);
        assertThat(c.overlayLink()).isEqualTo(200);
        assertThat(c.knownOverlayLink()).isEmpty();
    }

    @Test
    void an_attach_without_candidates_round_trips() throws WireException {
        assertThat(roundTrip("00 00 00 0000 00", AttachReq::decode).contents().candidates()).isEmpty();
    }

    @Test
    void the_reserved_and_unknown_candidate_types_are_rejected() {
        for (String type : List.of("00", "03", "05", "ff")) {
            assertInvalid("01 06 c0000201 17c4 01 00 00000001 " + type + " 0000",
                    (r, ctx) -> IceCandidate.decode(r));
        }
    }

    @Test
    void the_invalid_overlay_link_type_0_is_rejected() {
        assertInvalid("01 06 c0000201 17c4 00 00 00000001 01 0000", (r, ctx) -> IceCandidate.decode(r));
    }

    @Test
    void a_srflx_candidate_without_its_related_address_is_rejected() {
        assertInvalid("01 06 c0000201 17c4 01 00 00000001 02 0000", (r, ctx) -> IceCandidate.decode(r));
    }

    @Test
    void a_send_update_other_than_0_or_1_is_rejected() {
        assertInvalid("00 00 00 0000 02", AttachReq::decode);
    }

    @Test
    void an_attach_without_send_update_is_rejected() {
        assertInvalid("00 00 00 0012" + HOST_CANDIDATE, AttachAns::decode);
    }

    @Test
    void a_candidate_vector_shorter_than_its_candidate_is_rejected() {
        assertInvalid("00 00 00 0011" + HOST_CANDIDATE + "00", AttachReq::decode);
    }

    @Test
    void a_candidate_vector_longer_than_the_body_is_rejected() {
        assertInvalid("00 00 00 0013" + HOST_CANDIDATE + "00", AttachReq::decode);
    }

    @Test
    void an_extension_whose_value_runs_past_the_vector_is_rejected() {
        assertInvalid("0006 0000 0004 aabb", (r, ctx) -> IceExtension.decode(r.readVector(2, "extensions")));
    }

    @Test
    void a_candidate_must_have_a_related_address_exactly_when_its_type_needs_one() {
        IpAddressPort a = IpAddressPort.of(new InetSocketAddress("192.0.2.1", 1));
        assertThatThrownBy(() -> new IceCandidate(a, 1, Opaque.EMPTY, 1, CandidateType.HOST, Optional.of(a), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IceCandidate(a, 1, Opaque.EMPTY, 1, CandidateType.RELAY, Optional.empty(),
                List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IceCandidate(a, 1, Opaque.EMPTY, -1, CandidateType.HOST, Optional.empty(),
                List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_ufrag_longer_than_255_bytes_is_refused() {
        Opaque big = Opaque.of(new byte[256]);
        assertThatThrownBy(() -> new AttachReqAns(big, Opaque.EMPTY, Opaque.EMPTY, List.of(), false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
