package org.reloadj.security.psk;

import org.bouncycastle.tls.ProtocolVersion;

/**
 * What both sides of a link's PSK handshake offer (RFC 6940, 6.6.4, 6.6.5): one protocol version
 * (TLS 1.2 or DTLS 1.2), the ECDHE_PSK suites, and how long a DTLS handshake may take.
 */
record PskOffer(ProtocolVersion version, int[] suites, int handshakeTimeoutMillis) {
    PskOffer {
        suites = suites.clone();
    }

    ProtocolVersion[] versions() {
        return version.only();
    }

    @Override
    public int[] suites() {
        return suites.clone();
    }
}
