package org.reloadj.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import java.security.Security;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.reloadj.security.crypto.NativeProvider;

/**
 * Every certificate validation case again, with a native provider installed: certificate
 * signatures along the path are then checked by it (CertificateValidator passes it to PKIX), and
 * the same chains must be accepted and refused.
 */
class NativeCertificateValidatorTest extends CertificateValidatorTest {
    @BeforeAll
    static void install() {
        assertThat(AmazonCorrettoCryptoProvider.INSTANCE.getLoadingError()).isNull();
        Security.addProvider(AmazonCorrettoCryptoProvider.INSTANCE);
        assertThat(NativeProvider.installed()).isPresent();
    }

    @AfterAll
    static void uninstall() {
        Security.removeProvider(AmazonCorrettoCryptoProvider.INSTANCE.getName());
    }
}
