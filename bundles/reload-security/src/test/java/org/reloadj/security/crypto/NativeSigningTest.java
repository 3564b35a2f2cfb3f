package org.reloadj.security.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import java.security.KeyPair;
import java.security.Security;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.reloadj.api.Opaque;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.TestPki;

/** Signing and verifying through the native provider, when installed, interworks with Bouncy Castle's. */
class NativeSigningTest {
    private static final Opaque INPUT = Opaque.utf8("overlay || transaction_id || MessageContents || SignerIdentity");

    @BeforeAll
    static void install() {
        assertThat(AmazonCorrettoCryptoProvider.INSTANCE.getLoadingError()).isNull();
        Security.addProvider(AmazonCorrettoCryptoProvider.INSTANCE);
    }

    @AfterAll
    static void uninstall() {
        Security.removeProvider(AmazonCorrettoCryptoProvider.INSTANCE.getName());
    }

    private static Opaque nativeSign(KeyPair k, Opaque input) throws Exception {
        SigningKey key = SigningKey.of(k.getPrivate());
        assertThat(key.toString()).contains(AmazonCorrettoCryptoProvider.INSTANCE.getName());
        return key.sign(input);
    }

    private static <T> T withoutNative(java.util.concurrent.Callable<T> action) throws Exception {
        System.setProperty(NativeProvider.PROPERTY, "none");
        try {
            return action.call();
        } finally {
            System.clearProperty(NativeProvider.PROPERTY);
        }
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void native_signatures_verify_with_bouncy_castle_and_the_other_way_round(KeyAlgorithm a) throws Exception {
        KeyPair k = TestPki.key(a, 0);
        Opaque fast = nativeSign(k, INPUT);
        VerificationKey lightweight = withoutNative(() -> VerificationKey.of(k.getPublic()));
        assertThat(lightweight.verify(INPUT, fast)).isTrue();

        Opaque slow = withoutNative(() -> SigningKey.of(k.getPrivate())).sign(INPUT);
        VerificationKey nativeKey = VerificationKey.of(k.getPublic());
        assertThat(nativeKey.verify(INPUT, slow)).isTrue();
        assertThat(nativeKey.verify(INPUT, fast)).isTrue();
        assertThat(nativeKey.verify(Opaque.utf8("something else"), fast)).isFalse();
        assertThat(VerificationKey.of(TestPki.key(a, 1).getPublic()).verify(INPUT, fast)).isFalse();
    }

    @Test
    void native_verification_refuses_an_ecdsa_value_encoded_other_than_in_der() throws Exception {
        KeyPair k = TestPki.key(KeyAlgorithm.ECDSA_P256, 0);
        byte[] der = nativeSign(k, INPUT).toByteArray();
        byte[] ber = SigningKeyTest.berOf(der);
        VerificationKey key = VerificationKey.of(k.getPublic());
        assertThat(key.verify(INPUT, Opaque.of(der))).isTrue();
        assertThat(key.verify(INPUT, Opaque.of(ber))).isFalse();
        assertThat(key.verify(INPUT, Opaque.EMPTY)).isFalse();
        assertThat(key.verify(INPUT, Opaque.of(new byte[] {0x30, 0x00}))).isFalse();
    }

    @Test
    void the_property_none_keeps_to_bouncy_castle() throws Exception {
        SigningKey key = withoutNative(() -> SigningKey.of(TestPki.key(KeyAlgorithm.ECDSA_P256, 0).getPrivate()));
        assertThat(key.toString()).doesNotContain(AmazonCorrettoCryptoProvider.INSTANCE.getName());
        assertThat(key.sign(INPUT)).isEqualTo(key.sign(INPUT)); // RFC 6979 nonces: Bouncy Castle's
    }
}
