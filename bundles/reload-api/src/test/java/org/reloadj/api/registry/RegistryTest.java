package org.reloadj.api.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;

class RegistryTest {

    @Test
    void every_request_is_odd_and_its_answer_is_the_next_code() {
        for (MessageCode c : MessageCode.values()) {
            if (c.isRequest()) {
                assertThat(c.answer().code()).isEqualTo(c.code() + 1);
                assertThat(c.answer().isRequest()).isFalse();
            }
        }
        assertThat(MessageCode.fromCode(0x1b)).as("was attachlite_req, unassigned").isEmpty();
        assertThatThrownBy(MessageCode.ERROR::answer).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_registry_has_15_request_answer_pairs_and_error() {
        assertThat(MessageCode.values()).hasSize(31);
        assertThat(MessageCode.fromCode(0xffff)).contains(MessageCode.ERROR);
    }

    @Test
    void error_codes_carry_the_rfc_names_and_numbers_of_section_14_9() {
        assertThat(ErrorCode.fromCode(0x14)).contains(ErrorCode.ERROR_INVALID_MESSAGE);
        assertThat(ErrorCode.ERROR_INVALID_MESSAGE.rfcName()).isEqualTo("Error_Invalid_Message");
        assertThat(ErrorCode.fromCode(1)).isEmpty();
        assertThat(ErrorCode.fromCode(-1)).isEmpty();
    }

    @Test
    void lookups_find_only_registered_codes() {
        assertThat(OverlayLinkType.fromCode(4)).contains(OverlayLinkType.TLS_TCP_FH_NO_ICE);
        assertThat(OverlayLinkType.fromCode(2)).isEmpty();
        assertThat(CandidateType.fromCode(3)).as("reserved").isEmpty();
        assertThat(ForwardingOptionFlag.RESPONSE_COPY.isSet(0x05)).isTrue();
        assertThat(ForwardingOptionFlag.DESTINATION_CRITICAL.isSet(0x05)).isFalse();
    }
}
