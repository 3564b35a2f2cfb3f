package org.reloadj.core.node;

import java.util.List;
import org.reloadj.wire.message.GenericCertificate;
import org.reloadj.wire.message.SecurityBlock;
import org.reloadj.wire.message.Signature;

/** The placeholder security block of a message before {@link MessageSecurity#sign} fills it. */
final class Unsigned {
    /** No certificates, an empty signature. */
    static final SecurityBlock BLOCK = new SecurityBlock(List.of(), Signature.unsigned());

    private Unsigned() {
    }

    /**
     * An empty signature and {@code certificates}, those that verify signatures inside the body
     * (6.3.4), which the signer keeps beside its own.
     */
    static SecurityBlock with(List<GenericCertificate> certificates) {
        return certificates.isEmpty() ? BLOCK : new SecurityBlock(certificates, Signature.unsigned());
    }
}
