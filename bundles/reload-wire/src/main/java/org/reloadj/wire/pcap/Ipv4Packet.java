package org.reloadj.wire.pcap;

import java.nio.ByteBuffer;

/** Builds Ethernet II frames holding an IPv4 packet (RFC 791), for {@link PcapWriter}. */
final class Ipv4Packet {
    private static final int PROTOCOL_TCP = 6;
    private static final byte[] SRC_MAC = {0x02, 0, 0, 0, 0, 0x01};
    private static final byte[] DST_MAC = {0x02, 0, 0, 0, 0, 0x02};

    private Ipv4Packet() {
    }

    static byte[] ethernetFrame(byte[] srcIp, byte[] dstIp, byte[] tcpSegment) {
        int ipLength = 20 + tcpSegment.length;
        if (ipLength > 0xFFFF) {
            throw new IllegalArgumentException("an IPv4 packet holds at most 65535 bytes: " + ipLength);
        }
        ByteBuffer b = ByteBuffer.allocate(14 + ipLength);
        b.put(DST_MAC).put(SRC_MAC).putShort((short) 0x0800);
        int ipStart = b.position();
        b.put((byte) 0x45).put((byte) 0).putShort((short) ipLength);
        b.putShort((short) 0).putShort((short) 0x4000); // identification, don't fragment
        b.put((byte) 64).put((byte) PROTOCOL_TCP).putShort((short) 0);
        b.put(srcIp).put(dstIp);
        b.putShort(ipStart + 10, (short) Checksum.internet(b.array(), ipStart, 20, 0));
        b.put(tcpSegment);
        return b.array();
    }
}
