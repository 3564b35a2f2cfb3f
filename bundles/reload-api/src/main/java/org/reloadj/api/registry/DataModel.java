package org.reloadj.api.registry;

import java.util.Optional;

/** The data models of stored values (RFC 6940, 7.2 and the registry of 14.7). The model is not sent on the wire: it is known from the kind. */
public enum DataModel implements Coded {
    /** {@code SINGLE} (1). */
    SINGLE_VALUE(1, "SINGLE"),
    /** {@code ARRAY} (2). */
    ARRAY(2, "ARRAY"),
    /** {@code DICTIONARY} (3). */
    DICTIONARY(3, "DICTIONARY"),
    /** {@code EXP-DATA} (4). */
    EXP_DATA(4, "EXP-DATA");

    private static final CodeTable<DataModel> TABLE = CodeTable.of(DataModel.class);
    private final int code;
    private final String rfcName;

    DataModel(int code, String rfcName) { this.code = code; this.rfcName = rfcName; }

    @Override public int code() { return code; }

    /** The name the RFC gives this value. */
    public String rfcName() { return rfcName; }

    /** The value with this wire code, if registered. */
    public static Optional<DataModel> fromCode(int code) { return TABLE.find(code); }
}
