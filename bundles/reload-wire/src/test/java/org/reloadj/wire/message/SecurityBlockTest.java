package org.reloadj.wire.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.wire.Wire;
import org.reloadj.wire.io.WireException;

class SecurityBlockTest {

    private static SecurityBlock decode(String hex) throws WireException {
        var r = Wire.reader(hex);
        SecurityBlock b = SecurityBlock.decode(r);
        r.assertFinished("test");
        return b;
    }

    @Test
    void encodes_certificates_then_a_cert_hash_signature_byte_by_byte() {
        SecurityBlock b = new SecurityBlock(List.of(GenericCertificate.x509(Wire.opaque("3082"))),
                new Signature(4, 3, new SignerIdentity.CertHash(4, Wire.opaque("aabb")), Wire.opaque("0102")));
        String expected = "0005" + "00" + "0002" + "3082" // certificates<0..2^16-1>: X.509, 2 bytes
                + "04" + "03" // sha256, ecdsa
                + "01" + "0004" + "04" + "02aabb" // cert_hash, length 4: sha256, hash<0..255>
                + "0002" + "0102"; // signature_value
        assertThat(Wire.encodeHex(b::encode)).isEqualTo(expected);
    }

    @Test
    void round_trips_every_signer_identity_form() throws WireException {
        for (String identity : List.of("01000404" + "02aabb", "02000404" + "02aabb", "030000", "09000301fffe")) {
            String hex = "0000" + "0401" + identity + "0000";
            assertThat(Wire.encodeHex(decode(hex)::encode)).isEqualTo(hex);
        }
    }

    @Test
    void rejects_a_none_identity_with_a_value() {
        assertThatThrownBy(() -> decode("0000" + "0401" + "03000100" + "0000")).isInstanceOf(WireException.class);
    }

    @Test
    void rejects_an_identity_whose_hash_runs_past_its_length() {
        assertThatThrownBy(() -> decode("0000" + "0401" + "01000304" + "05aabbccddee" + "0000"))
                .isInstanceOf(WireException.class);
    }

    @Test
    void rejects_the_invalid_identity_type() {
        assertThatThrownBy(() -> decode("0000" + "0401" + "000000" + "0000")).isInstanceOf(WireException.class);
    }

    @Test
    void rejects_a_certificate_list_longer_than_the_input() {
        assertThatThrownBy(() -> decode("ffff00")).isInstanceOf(WireException.class);
    }
}
