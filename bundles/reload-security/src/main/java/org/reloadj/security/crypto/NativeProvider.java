package org.reloadj.security.crypto;

import java.security.Provider;
import java.security.Security;
import java.util.Optional;

/**
 * A JCA provider that computes RELOAD signature values (RFC 6940, 6.3.4) in native code, used in
 * place of Bouncy Castle's lightweight API when the JVM has one installed. The Amazon Corretto
 * Crypto Provider signs ECDSA P-256 several times faster than Bouncy Castle here and verifies about
 * twice as fast, and the signatures a node makes and checks on every message bound how many
 * messages it handles.
 *
 * <p>The provider is looked up by name among the installed ones ({@link Security#getProvider}),
 * so it may be put there by whoever starts the JVM (the {@code reloadj} command line does when
 * the provider's jar is on its class path), and a bundle needs no import of its classes. The
 * system property {@value #PROPERTY} names another provider, or {@code none} to keep to Bouncy
 * Castle.
 */
public final class NativeProvider {
    /** The system property naming the provider. */
    public static final String PROPERTY = "reloadj.crypto.provider";
    /** The provider used when the property is unset. */
    public static final String DEFAULT = "AmazonCorrettoCryptoProvider";

    private NativeProvider() {
    }

    /** The installed provider to sign and verify with, if any. */
    public static Optional<Provider> installed() {
        String name = System.getProperty(PROPERTY, DEFAULT);
        if (name.isBlank() || name.equals("none")) {
            return Optional.empty();
        }
        return Optional.ofNullable(Security.getProvider(name));
    }
}
