package org.reloadj.cli;

import java.lang.System.Logger.Level;
import java.security.Provider;
import java.security.Security;

/**
 * Installs the Amazon Corretto Crypto Provider, when its jar is on the class path and its native
 * library loads on this platform, as the last JCA provider: ReloadJ's signing and verifying
 * (org.reloadj.security.crypto) then use it by name, several times faster than Bouncy Castle for
 * ECDSA P-256, while every other use of JCA keeps its usual providers. Nothing changes when it is
 * absent or unhealthy.
 */
final class NativeCrypto {
    private static final String PROVIDER_CLASS = "com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider";

    private NativeCrypto() {
    }

    /** Installs the provider if it is there and healthy; says which on the debug log. */
    static void install() {
        System.Logger log = System.getLogger("org.reloadj.cli");
        try {
            Class<?> type = Class.forName(PROVIDER_CLASS);
            Provider provider = (Provider) type.getField("INSTANCE").get(null);
            Object loadingError = type.getMethod("getLoadingError").invoke(provider);
            if (loadingError != null) {
                log.log(Level.DEBUG, "native crypto provider not used: " + loadingError);
                return;
            }
            if (Security.getProvider(provider.getName()) == null) {
                Security.addProvider(provider);
            }
            log.log(Level.DEBUG, "signing and verifying with " + provider.getName());
        } catch (ClassNotFoundException e) {
            log.log(Level.DEBUG, "no native crypto provider on the class path");
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            log.log(Level.DEBUG, "native crypto provider not used", e);
        }
    }
}
