package org.reloadj.security.enroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MultipartFormDataTest {

    @Test
    void lays_out_text_and_file_fields_as_rfc_7578_says() {
        MultipartFormData form = new MultipartFormData().field("username", "alice").field("password", "p\u00e4ss")
                .file("csr", "csr.der", "application/pkcs10", new byte[] {0x30, 0x00});
        String boundary = form.contentType().substring("multipart/form-data; boundary=".length());
        String body = new String(form.toByteArray(), StandardCharsets.UTF_8);
        assertThat(body).isEqualTo("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"username\"\r\n\r\nalice\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"password\"\r\n\r\np\u00e4ss\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"csr\"; filename=\"csr.der\"\r\n"
                + "Content-Type: application/pkcs10\r\n\r\n0\u0000\r\n"
                + "--" + boundary + "--\r\n");
    }

    @Test
    void uses_a_new_random_boundary_for_each_body() {
        assertThat(new MultipartFormData().contentType()).isNotEqualTo(new MultipartFormData().contentType());
    }

    @Test
    void refuses_a_field_name_that_would_break_the_header() {
        assertThatThrownBy(() -> new MultipartFormData().field("a\"b", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MultipartFormData().field("a\r\nb", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
