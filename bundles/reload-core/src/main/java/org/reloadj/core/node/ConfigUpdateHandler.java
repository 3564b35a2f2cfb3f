package org.reloadj.core.node;

import org.reloadj.api.ReloadException;
import org.reloadj.wire.body.ConfigUpdateReq;

/**
 * Applies a received ConfigUpdate (RFC 6940, 6.5.4.2): a new Configuration Document, which must be
 * newer than the current one and correctly signed, or kind descriptions, which must be signed by an
 * acceptable kind signer. The configuration bundle implements it.
 */
@FunctionalInterface
public interface ConfigUpdateHandler {
    /**
     * Checks and applies {@code update}, sent by {@code sender}.
     *
     * @throws ReloadException the error to answer with (e.g. Error_Forbidden for a kind update
     *                         signed by another signer)
     */
    void apply(ConfigUpdateReq update, VerifiedSender sender) throws ReloadException;
}
