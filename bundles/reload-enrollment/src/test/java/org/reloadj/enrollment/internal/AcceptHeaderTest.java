package org.reloadj.enrollment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcceptHeaderTest {

    @Test
    void admits_pkix_cert_its_wildcards_and_no_header() {
        assertThat(EnrollmentHandler.acceptsCertificate(null)).isTrue();
        assertThat(EnrollmentHandler.acceptsCertificate("application/pkix-cert")).isTrue();
        assertThat(EnrollmentHandler.acceptsCertificate("text/html, Application/PKIX-Cert;q=0.9")).isTrue();
        assertThat(EnrollmentHandler.acceptsCertificate("*/*")).isTrue();
        assertThat(EnrollmentHandler.acceptsCertificate("application/*")).isTrue();
    }

    @Test
    void refuses_other_types_and_a_zero_quality() {
        assertThat(EnrollmentHandler.acceptsCertificate("text/html")).isFalse();
        assertThat(EnrollmentHandler.acceptsCertificate("application/pkix-cert; q=0")).isFalse();
        assertThat(EnrollmentHandler.acceptsCertificate("application/pkix-cert;q=0.000")).isFalse();
    }
}
