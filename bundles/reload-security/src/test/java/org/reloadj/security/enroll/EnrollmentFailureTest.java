package org.reloadj.security.enroll;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnrollmentFailureTest {

    @Test
    void maps_each_token_of_11_3_and_treats_any_other_as_unknown() {
        assertThat(EnrollmentFailure.ofToken("failed_authentication")).isEqualTo(EnrollmentFailure.FAILED_AUTHENTICATION);
        assertThat(EnrollmentFailure.ofToken("username_not_available")).isEqualTo(EnrollmentFailure.USERNAME_NOT_AVAILABLE);
        assertThat(EnrollmentFailure.ofToken("Node-IDs_not_available\r\n")).isEqualTo(EnrollmentFailure.NODE_IDS_NOT_AVAILABLE);
        assertThat(EnrollmentFailure.ofToken(" bad_CSR ")).isEqualTo(EnrollmentFailure.BAD_CSR);
        assertThat(EnrollmentFailure.ofToken("bad_csr")).isEqualTo(EnrollmentFailure.UNKNOWN);
        assertThat(EnrollmentFailure.ofToken("quota_exceeded")).isEqualTo(EnrollmentFailure.UNKNOWN);
        assertThat(EnrollmentFailure.ofToken("")).isEqualTo(EnrollmentFailure.UNKNOWN);
    }

    @Test
    void gives_the_token_to_send_for_the_four_of_11_3_only() {
        assertThat(EnrollmentFailure.NODE_IDS_NOT_AVAILABLE.token()).contains("Node-IDs_not_available");
        assertThat(EnrollmentFailure.UNKNOWN.token()).isEmpty();
        assertThat(EnrollmentFailure.BAD_RESPONSE.token()).isEmpty();
    }
}
