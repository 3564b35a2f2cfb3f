package org.reloadj.api.registry;

import java.util.Optional;

/** Status information a Probe asks for (RFC 6940, 6.4.2.5 and the registry of 14.13). */
public enum ProbeInformationType implements Coded {
    /** {@code responsible_set} (1). */
    RESPONSIBLE_SET(1, "responsible_set"),
    /** {@code num_resources} (2). */
    NUM_RESOURCES(2, "num_resources"),
    /** {@code uptime} (3). */
    UPTIME(3, "uptime"),
    /** {@code exp-probe} (4). */
    EXP_PROBE(4, "exp-probe");

    private static final CodeTable<ProbeInformationType> TABLE = CodeTable.of(ProbeInformationType.class);
    private final int code;
    private final String rfcName;

    ProbeInformationType(int code, String rfcName) { this.code = code; this.rfcName = rfcName; }

    @Override public int code() { return code; }

    /** The name the RFC gives this value. */
    public String rfcName() { return rfcName; }

    /** The value with this wire code, if registered. */
    public static Optional<ProbeInformationType> fromCode(int code) { return TABLE.find(code); }
}
