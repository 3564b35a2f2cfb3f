package org.reloadj.wire.message;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import org.reloadj.api.Opaque;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * A network address and port (RFC 6940, 6.3.1.1): IPv4, IPv6, or an address type this
 * implementation does not know (the structure may be extended; it is carried through).
 */
public sealed interface IpAddressPort {

    /** Writes type, length and value. */
    void encode(WireWriter w);

    /** An IPv4 or IPv6 socket address. */
    static IpAddressPort of(InetSocketAddress address) {
        return new Inet(address.getAddress(), address.getPort());
    }

    /** Reads an IpAddressPort; type 0 and a length that does not match the type are invalid. */
    static IpAddressPort decode(WireReader r) throws WireException {
        int type = r.readUint8("address type");
        WireReader value = r.readVector(1, "address");
        IpAddressPort a = switch (type) {
            case 1 -> Inet.read(value, 4);
            case 2 -> Inet.read(value, 16);
            case 0 -> throw WireException.invalid("address of type invalidAddressType(0)");
            default -> new Unknown(type, value.readRest());
        };
        value.assertFinished("IpAddressPort");
        return a;
    }

    /**
     * An IPv4 ({@code ipv4_address}) or IPv6 ({@code ipv6_address}) address and port.
     *
     * @param address the address (4 or 16 bytes)
     * @param port    the port, 0..65535
     */
    record Inet(InetAddress address, int port) implements IpAddressPort {
        /** Checks the port. */
        public Inet {
            Objects.requireNonNull(address, "address");
            if (port < 0 || port > 0xFFFF) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
        }

        static Inet read(WireReader r, int addressBytes) throws WireException {
            if (r.remaining() != addressBytes + 2) {
                throw WireException.invalid("an IPv" + (addressBytes == 4 ? 4 : 6) + " IpAddressPort has "
                        + (addressBytes + 2) + " bytes, not " + r.remaining());
            }
            byte[] addr = r.readFixed(addressBytes, "address").toByteArray();
            int port = r.readUint16("port");
            try {
                // Inet6Address directly: InetAddress.getByAddress would turn ::ffff:a.b.c.d into
                // IPv4 and the re-encoded bytes would change type
                InetAddress a = addressBytes == 4 ? InetAddress.getByAddress(addr)
                        : Inet6Address.getByAddress(null, addr, -1);
                return new Inet(a, port);
            } catch (UnknownHostException e) {
                throw new IllegalStateException("a 4- or 16-byte address is always valid", e);
            }
        }

        /** As a socket address. */
        public InetSocketAddress toSocketAddress() {
            return new InetSocketAddress(address, port);
        }

        @Override
        public void encode(WireWriter w) {
            byte[] addr = address.getAddress();
            w.writeUint8(addr.length == 4 ? 1 : 2).writeUint8(addr.length + 2);
            w.writeFixed(Opaque.of(addr)).writeUint16(port);
        }
    }

    /**
     * An address type this implementation does not know, kept as it came.
     *
     * @param type  the type, 3..255
     * @param value the rest of the structure
     */
    record Unknown(int type, Opaque value) implements IpAddressPort {
        /** Checks the type is not a known one. */
        public Unknown {
            if (type < 3 || type > 255 || value.length() > 255) {
                throw new IllegalArgumentException("not an unknown address: type " + type);
            }
        }

        @Override
        public void encode(WireWriter w) {
            w.writeUint8(type).writeOpaque(1, value, "address");
        }
    }
}
