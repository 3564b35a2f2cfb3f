package org.reloadj.security.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.keys.KeyPairs;
import org.reloadj.security.keys.PemFiles;

class CertificateSigningRequestTest {
    private final KeyPair pair = KeyPairs.generate(KeyAlgorithm.ECDSA_P256);
    private final byte[] der = CertificateSigningRequest.create(pair, Optional.empty()).der();

    @Test
    void reads_a_request_as_der_pem_or_bare_base64() throws Exception {
        String pem = PemFiles.encode(PemFiles.CERTIFICATE_REQUEST, der);
        String base64 = Base64.getMimeEncoder().encodeToString(der);
        for (byte[] encoded : new byte[][] {der, pem.getBytes(StandardCharsets.US_ASCII), base64.getBytes(StandardCharsets.US_ASCII)}) {
            assertThat(CertificateSigningRequest.parse(encoded).publicKey()).isEqualTo(pair.getPublic());
        }
    }

    @Test
    void refuses_bytes_that_are_no_request() {
        assertThatThrownBy(() -> CertificateSigningRequest.parse(new byte[0])).isInstanceOf(BadCsrException.class);
        assertThatThrownBy(() -> CertificateSigningRequest.parse("hello".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(BadCsrException.class);
        assertThatThrownBy(() -> CertificateSigningRequest.parse(java.util.Arrays.copyOf(der, der.length - 3)))
                .isInstanceOf(BadCsrException.class);
        assertThatThrownBy(() -> CertificateSigningRequest.parse(java.util.Arrays.copyOf(der, der.length + 1)))
                .isInstanceOf(BadCsrException.class);
    }

    @Test
    void refuses_a_request_whose_self_signature_does_not_verify() {
        byte[] tampered = der.clone();
        tampered[tampered.length - 1] ^= 1;
        assertThatThrownBy(() -> CertificateSigningRequest.parse(tampered)).isInstanceOf(BadCsrException.class);
    }

    @Test
    void refuses_a_request_for_a_weak_rsa_key() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(1024);
        byte[] weak = CertificateSigningRequest.create(g.generateKeyPair(), Optional.empty()).der();
        assertThatThrownBy(() -> CertificateSigningRequest.parse(weak)).isInstanceOf(BadCsrException.class)
                .hasMessageContaining("1024");
    }

    @Test
    void exposes_the_user_name_a_request_asks_for() throws Exception {
        assertThat(CertificateSigningRequest.parse(der).requestedUserName()).isEmpty();
        byte[] named = CertificateSigningRequest.create(pair, Optional.of(new UserName("bob@example.org"))).der();
        assertThat(CertificateSigningRequest.parse(named).requestedUserName()).contains("bob@example.org");
    }
}
