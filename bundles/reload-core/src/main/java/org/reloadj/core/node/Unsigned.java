package org.reloadj.core.node;

import java.util.List;
import org.reloadj.wire.message.SecurityBlock;
import org.reloadj.wire.message.Signature;

/** The placeholder security block of a message before {@link MessageSecurity#sign} fills it. */
final class Unsigned {
    /** No certificates, an empty signature. */
    static final SecurityBlock BLOCK = new SecurityBlock(List.of(), Signature.unsigned());

    private Unsigned() {
    }
}
