package org.reloadj.cli.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.codec.MessageCodec;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.message.GenericCertificate;

class SampleMessagesTest {
    private final List<SampleMessages.Sample> samples = SampleMessages.all();

    @Test
    void there_is_a_sample_for_every_message_code_of_the_registry() {
        assertThat(samples).extracting(SampleMessages.Sample::code).containsExactly(MessageCode.values());
        assertThat(samples).hasSize(31);
    }

    @Test
    void every_sample_survives_a_complete_decode_and_encode_unchanged() throws WireException {
        MessageCodec codec = new MessageCodec(WireContext.defaults());
        DeepCodec deep = new DeepCodec(WireContext.defaults(), true);
        for (SampleMessages.Sample s : samples) {
            byte[] bytes = codec.encodeToBytes(s.message());
            assertThat(deep.roundTrip(bytes)).as(s.code().rfcName()).isEqualTo(bytes);
            assertThat(codec.decode(bytes)).isEqualTo(s.message());
        }
    }

    @Test
    void answers_carry_their_request_s_transaction_id() {
        for (int i = 0; i + 1 < samples.size() - 1; i += 2) {
            assertThat(samples.get(i + 1).message().header().transactionId())
                    .isEqualTo(samples.get(i).message().header().transactionId());
        }
    }

    @Test
    void the_certificates_are_real_x509_with_a_reload_uri_and_an_empty_subject() throws Exception {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        GenericCertificate node = samples.get(0).message().security().certificates().get(0);
        X509Certificate cert = (X509Certificate) factory.generateCertificate(
                new ByteArrayInputStream(node.certificate().toByteArray()));
        assertThat(cert.getSubjectX500Principal().getName()).isEmpty();
        assertThat(cert.getSubjectAlternativeNames()).extracting(l -> l.get(1).toString())
                .anySatisfy(uri -> assertThat(uri).startsWith("reload://0110").endsWith("@overlay.example.org/"))
                .contains("alice@example.org");
    }

    @Test
    void the_message_signature_verifies_with_the_node_certificate() throws Exception {
        var m = samples.get(0).message();
        X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                new ByteArrayInputStream(m.security().certificates().get(0).certificate().toByteArray()));
        byte[] input = org.reloadj.wire.io.WireWriter.encode(w -> {
            w.writeInt32(m.header().overlay()).writeInt64(m.header().transactionId());
            m.contents().encode(w);
            m.security().signature().identity().encode(w);
        }).toByteArray();
        java.security.Signature verifier = java.security.Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(cert.getPublicKey());
        verifier.update(input);
        assertThat(verifier.verify(m.security().signature().value().toByteArray())).isTrue();
    }
}
