package org.reloadj.wire.pcap;

import java.nio.ByteBuffer;

/** Builds TCP segments (RFC 9293) with a correct checksum, for {@link PcapWriter}. */
final class TcpSegment {
    private static final int FLAGS_PSH_ACK = 0x18;

    private TcpSegment() {
    }

    static byte[] build(byte[] srcIp, int srcPort, byte[] dstIp, int dstPort, long sequence, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(20 + payload.length);
        b.putShort((short) srcPort).putShort((short) dstPort);
        b.putInt((int) sequence).putInt(1); // acknowledgement number
        b.put((byte) (5 << 4)).put((byte) FLAGS_PSH_ACK).putShort((short) 65535);
        b.putShort((short) 0).putShort((short) 0); // checksum, urgent pointer
        b.put(payload);
        byte[] segment = b.array();
        int pseudo = Checksum.sum(srcIp, 0, 4, 0);
        pseudo = Checksum.sum(dstIp, 0, 4, pseudo);
        pseudo += 6 + segment.length;
        int checksum = Checksum.internet(segment, 0, segment.length, pseudo);
        segment[16] = (byte) (checksum >> 8);
        segment[17] = (byte) checksum;
        return segment;
    }
}
