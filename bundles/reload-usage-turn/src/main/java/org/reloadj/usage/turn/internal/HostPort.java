package org.reloadj.usage.turn.internal;

import java.net.InetSocketAddress;

/** Reads a configured {@code host:port}, the host a name, an IPv4 address or a bracketed IPv6 address. */
final class HostPort {
    private HostPort() {
    }

    /**
     * The address of {@code text}, the host name resolved.
     *
     * @throws IllegalArgumentException when it is not {@code host:port} with a port of 1 to 65535
     */
    static InetSocketAddress parse(String text) {
        String s = text.strip();
        int colon = s.lastIndexOf(':');
        if (colon <= 0 || colon == s.length() - 1) {
            throw new IllegalArgumentException("not host:port: " + text);
        }
        String host = s.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.indexOf(':') >= 0) {
            throw new IllegalArgumentException("an IPv6 address is written in brackets: " + text);
        }
        int port;
        try {
            port = Integer.parseInt(s.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a port in " + text, e);
        }
        if (port < 1 || port > 0xFFFF) {
            throw new IllegalArgumentException("port out of range in " + text);
        }
        return new InetSocketAddress(host, port);
    }
}
