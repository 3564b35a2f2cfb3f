package org.reloadj.api.registry;

import java.util.Optional;

/** The forms of ChordLeaveData (RFC 6940, 10.9). */
public enum ChordLeaveType implements Coded {
    /** {@code from_succ} (1). */
    FROM_SUCC(1, "from_succ"),
    /** {@code from_pred} (2). */
    FROM_PRED(2, "from_pred");

    private static final CodeTable<ChordLeaveType> TABLE = CodeTable.of(ChordLeaveType.class);
    private final int code;
    private final String rfcName;

    ChordLeaveType(int code, String rfcName) { this.code = code; this.rfcName = rfcName; }

    @Override public int code() { return code; }

    /** The name the RFC gives this value. */
    public String rfcName() { return rfcName; }

    /** The value with this wire code, if registered. */
    public static Optional<ChordLeaveType> fromCode(int code) { return TABLE.find(code); }
}
