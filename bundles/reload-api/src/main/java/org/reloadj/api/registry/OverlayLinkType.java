package org.reloadj.api.registry;

import java.util.Optional;

/** Overlay link types of an ICE candidate (RFC 6940, 6.5.1.1 and the registry of 14.10). */
public enum OverlayLinkType implements Coded {
    /** {@code DTLS-UDP-SR} (1). */
    DTLS_UDP_SR(1, "DTLS-UDP-SR"),
    /** {@code DTLS-UDP-SR-NO-ICE} (3). */
    DTLS_UDP_SR_NO_ICE(3, "DTLS-UDP-SR-NO-ICE"),
    /** {@code TLS-TCP-FH-NO-ICE} (4). */
    TLS_TCP_FH_NO_ICE(4, "TLS-TCP-FH-NO-ICE"),
    /** {@code EXP-LINK} (5). */
    EXP_LINK(5, "EXP-LINK");

    private static final CodeTable<OverlayLinkType> TABLE = CodeTable.of(OverlayLinkType.class);
    private final int code;
    private final String rfcName;

    OverlayLinkType(int code, String rfcName) { this.code = code; this.rfcName = rfcName; }

    @Override public int code() { return code; }

    /** The name the RFC gives this value. */
    public String rfcName() { return rfcName; }

    /** The value with this wire code, if registered. */
    public static Optional<OverlayLinkType> fromCode(int code) { return TABLE.find(code); }
}
