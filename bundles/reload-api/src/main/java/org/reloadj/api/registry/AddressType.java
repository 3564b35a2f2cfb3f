package org.reloadj.api.registry;

import java.util.Optional;

/** Address families of an IpAddressPort (RFC 6940, 6.3.1.1). */
public enum AddressType implements Coded {
    /** {@code ipv4_address} (1). */
    IPV4_ADDRESS(1, "ipv4_address"),
    /** {@code ipv6_address} (2). */
    IPV6_ADDRESS(2, "ipv6_address");

    private static final CodeTable<AddressType> TABLE = CodeTable.of(AddressType.class);
    private final int code;
    private final String rfcName;

    AddressType(int code, String rfcName) { this.code = code; this.rfcName = rfcName; }

    @Override public int code() { return code; }

    /** The name the RFC gives this value. */
    public String rfcName() { return rfcName; }

    /** The value with this wire code, if registered. */
    public static Optional<AddressType> fromCode(int code) { return TABLE.find(code); }
}
