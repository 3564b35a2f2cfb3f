package org.reloadj.security.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.security.SecurityAssertions.assertFails;

import java.security.KeyPair;
import java.security.Signature;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.reloadj.api.Opaque;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.ReloadSecurityException.Reason;
import org.reloadj.security.TestPki;

class SigningKeyTest {
    private static final Opaque INPUT = Opaque.utf8("overlay || transaction_id || MessageContents || SignerIdentity");

    private static Opaque flip(Opaque value, int index) {
        byte[] b = value.toByteArray();
        b[index] ^= 0x01;
        return Opaque.of(b);
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void a_signature_verifies_with_the_public_key_and_nothing_else(KeyAlgorithm a) throws Exception {
        KeyPair k = TestPki.key(a, 0);
        Opaque sig = SigningKey.of(k.getPrivate()).sign(INPUT);
        VerificationKey key = VerificationKey.of(k.getPublic());
        assertThat(key.verify(INPUT, sig)).isTrue();
        assertThat(key.verify(flip(INPUT, 3), sig)).isFalse();
        assertThat(key.verify(INPUT, flip(sig, sig.length() - 1))).isFalse();
        assertThat(VerificationKey.of(TestPki.key(a, 1).getPublic()).verify(INPUT, sig)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void signatures_are_those_the_jdk_makes_and_checks(KeyAlgorithm a) throws Exception {
        KeyPair k = TestPki.key(a, 0);
        Signature jdk = Signature.getInstance(a.jcaSignatureAlgorithm());
        jdk.initVerify(k.getPublic());
        jdk.update(INPUT.toByteArray());
        assertThat(jdk.verify(SigningKey.of(k.getPrivate()).sign(INPUT).toByteArray())).isTrue();
        jdk.initSign(k.getPrivate());
        jdk.update(INPUT.toByteArray());
        assertThat(VerificationKey.of(k.getPublic()).verify(INPUT, Opaque.of(jdk.sign()))).isTrue();
    }

    @Test
    void ecdsa_values_are_der_encoded_r_and_s_with_deterministic_nonces() throws Exception {
        SigningKey key = SigningKey.of(TestPki.key(KeyAlgorithm.ECDSA_P256, 0).getPrivate());
        Opaque sig = key.sign(INPUT);
        ASN1Sequence seq = ASN1Sequence.getInstance(sig.toByteArray());
        assertThat(seq.size()).isEqualTo(2);
        assertThat(seq.getObjectAt(0)).isInstanceOf(ASN1Integer.class);
        assertThat(seq.getObjectAt(1)).isInstanceOf(ASN1Integer.class);
        assertThat(key.sign(INPUT)).isEqualTo(sig);
    }

    @Test
    void ecdsa_verification_refuses_a_value_encoded_other_than_in_der() throws Exception {
        KeyPair k = TestPki.key(KeyAlgorithm.ECDSA_P256, 0);
        Opaque sig = SigningKey.of(k.getPrivate()).sign(INPUT);
        byte[] ber = berOf(sig.toByteArray());
        VerificationKey key = VerificationKey.of(k.getPublic());
        assertThat(key.verify(INPUT, sig)).isTrue();
        assertThat(key.verify(INPUT, Opaque.of(ber))).isFalse();
        assertThat(key.verify(INPUT, Opaque.EMPTY)).isFalse();
    }

    /** The same (r, s) as {@code der} with a long-form sequence length: valid BER, not DER. */
    static byte[] berOf(byte[] der) {
        byte[] ber = new byte[der.length + 1];
        ber[0] = 0x30;
        ber[1] = (byte) 0x81;
        ber[2] = der[1];
        System.arraycopy(der, 2, ber, 3, der.length - 2);
        return ber;
    }

    @Test
    void rsa_signatures_are_2048_bits() throws Exception {
        Opaque sig = SigningKey.of(TestPki.key(KeyAlgorithm.RSA_2048, 0).getPrivate()).sign(INPUT);
        assertThat(sig.length()).isEqualTo(256);
    }

    @Test
    void refuses_rsa_keys_under_2048_bits() {
        KeyPair weak = TestPki.jcaKey("RSA", 1024);
        assertFails(() -> SigningKey.of(weak.getPrivate()), Reason.UNSUPPORTED_ALGORITHM);
        assertFails(() -> VerificationKey.of(weak.getPublic()), Reason.UNSUPPORTED_ALGORITHM);
    }
}
