package org.reloadj.core.net;

import java.util.Objects;
import org.reloadj.api.NodeId;

/**
 * A message on its way across the {@link InMemoryNetwork}, as an {@link Interceptor} sees it.
 *
 * @param from  the sending node
 * @param to    the receiving node
 * @param bytes the encoded message (or fragment)
 */
public record Frame(NodeId from, NodeId to, byte[] bytes) {
    /** Checks the parts are present. */
    public Frame {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(bytes, "bytes");
    }
}
