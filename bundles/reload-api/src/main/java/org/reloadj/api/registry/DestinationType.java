package org.reloadj.api.registry;

import java.util.Optional;

/** Types of a Destination in a via or destination list (RFC 6940, 6.3.2.2); 128-255 are not allowed, the top bit marks the 16-bit compressed form. */
public enum DestinationType implements Coded {
    /** {@code node} (1). */
    NODE(1, "node"),
    /** {@code resource} (2). */
    RESOURCE(2, "resource"),
    /** {@code opaque_id_type} (3). */
    OPAQUE_ID(3, "opaque_id_type");

    private static final CodeTable<DestinationType> TABLE = CodeTable.of(DestinationType.class);
    private final int code;
    private final String rfcName;

    DestinationType(int code, String rfcName) { this.code = code; this.rfcName = rfcName; }

    @Override public int code() { return code; }

    /** The name the RFC gives this value. */
    public String rfcName() { return rfcName; }

    /** The value with this wire code, if registered. */
    public static Optional<DestinationType> fromCode(int code) { return TABLE.find(code); }
}
