package org.reloadj.api.registry;

import java.util.Optional;

/** The forms of a CHORD-RELOAD Update (RFC 6940, 10.7). */
public enum ChordUpdateType implements Coded {
    /** {@code peer_ready} (1). */
    PEER_READY(1, "peer_ready"),
    /** {@code neighbors} (2). */
    NEIGHBORS(2, "neighbors"),
    /** {@code full} (3). */
    FULL(3, "full");

    private static final CodeTable<ChordUpdateType> TABLE = CodeTable.of(ChordUpdateType.class);
    private final int code;
    private final String rfcName;

    ChordUpdateType(int code, String rfcName) { this.code = code; this.rfcName = rfcName; }

    @Override public int code() { return code; }

    /** The name the RFC gives this value. */
    public String rfcName() { return rfcName; }

    /** The value with this wire code, if registered. */
    public static Optional<ChordUpdateType> fromCode(int code) { return TABLE.find(code); }
}
