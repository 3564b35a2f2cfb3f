package org.reloadj.config;

import java.util.Objects;

/**
 * A {@code bootstrap-node} element (RFC 6940, 11.1): the IP address of a bootstrap node and its
 * port, 6084 when the attribute is absent.
 *
 * @param address the IPv4 or IPv6 address literal, as written
 * @param port    the port
 */
public record BootstrapNode(String address, int port) {
    /** The port when the {@code port} attribute is absent. */
    public static final int DEFAULT_PORT = 6084;

    /** Checks the address is given. */
    public BootstrapNode {
        Objects.requireNonNull(address, "address");
    }

    /** A bootstrap node on the default port. */
    public static BootstrapNode of(String address) {
        return new BootstrapNode(address, DEFAULT_PORT);
    }
}
