package org.reloadj.wire.pcap;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a classic libpcap file of Ethernet frames carrying IPv4/TCP segments, so that tools
 * such as Wireshark's RELOAD dissector (TCP port 6084, RFC 6940 14.2) can read what ReloadJ
 * sends. Each {@link Flow} keeps its own sequence numbers.
 */
public final class PcapWriter implements AutoCloseable {
    private static final int LINKTYPE_ETHERNET = 1;
    private static final int SNAPLEN = 262_144;

    /** The largest TCP payload of one packet: an IPv4 packet's 65535 bytes less 40 of headers. */
    public static final int MAX_SEGMENT_PAYLOAD = 65_535 - 40;

    private final DataOutputStream out;
    private long timestampMicros;

    /** Writes the pcap global header to {@code out}; the first packet is stamped {@code startMicros}. */
    public PcapWriter(OutputStream out, long startMicros) throws IOException {
        this.out = new DataOutputStream(out);
        this.timestampMicros = startMicros;
        this.out.writeInt(0xa1b2c3d4); // magic, microsecond timestamps, big-endian fields
        this.out.writeShort(2);
        this.out.writeShort(4);
        this.out.writeInt(0); // thiszone
        this.out.writeInt(0); // sigfigs
        this.out.writeInt(SNAPLEN);
        this.out.writeInt(LINKTYPE_ETHERNET);
    }

    /** One direction of a TCP connection between two IPv4 endpoints. */
    public final class Flow {
        private final byte[] srcIp;
        private final int srcPort;
        private final byte[] dstIp;
        private final int dstPort;
        private long sequence;

        private Flow(byte[] srcIp, int srcPort, byte[] dstIp, int dstPort, long initialSequence) {
            this.srcIp = srcIp.clone();
            this.srcPort = srcPort;
            this.dstIp = dstIp.clone();
            this.dstPort = dstPort;
            this.sequence = initialSequence;
        }

        /** Writes one segment (PSH, ACK) carrying {@code payload}, 1 ms after the previous packet. */
        public void send(byte[] payload) throws IOException {
            sendAt(timestampMicros, payload);
        }

        /**
         * Writes one segment carrying {@code payload}, stamped {@code micros} since the epoch; at
         * most {@link #MAX_SEGMENT_PAYLOAD} bytes fit one IPv4 packet.
         */
        public void sendAt(long micros, byte[] payload) throws IOException {
            byte[] tcp = TcpSegment.build(srcIp, srcPort, dstIp, dstPort, sequence, payload);
            sequence = (sequence + payload.length) & 0xFFFF_FFFFL;
            timestampMicros = micros;
            writePacket(Ipv4Packet.ethernetFrame(srcIp, dstIp, tcp));
        }
    }

    /** A flow from {@code srcIp:srcPort} to {@code dstIp:dstPort}. */
    public Flow flow(byte[] srcIp, int srcPort, byte[] dstIp, int dstPort, long initialSequence) {
        if (srcIp.length != 4 || dstIp.length != 4) {
            throw new IllegalArgumentException("IPv4 addresses only");
        }
        return new Flow(srcIp, srcPort, dstIp, dstPort, initialSequence);
    }

    private void writePacket(byte[] frame) throws IOException {
        out.writeInt((int) (timestampMicros / 1_000_000));
        out.writeInt((int) (timestampMicros % 1_000_000));
        out.writeInt(frame.length);
        out.writeInt(frame.length);
        out.write(frame);
        timestampMicros += 1000;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
