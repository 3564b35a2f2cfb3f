package org.reloadj.core.net;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.reloadj.api.Opaque;
import org.reloadj.wire.framing.FramedMessage;
import org.reloadj.wire.io.WireWriter;
import org.reloadj.wire.pcap.PcapWriter;

/**
 * A pcap file of the RELOAD messages nodes send and receive, decrypted, for Wireshark's RELOAD
 * dissector: each message is written as a data frame of the framing header (RFC 6940, 6.6.2), as
 * TLS-TCP-FH carries it (the framing of port 6084, 14.2), in TCP segments between the real
 * addresses and ports of its link. Each direction of each link is one TCP flow with its own frame
 * sequence numbers. IPv6 addresses do not fit the IPv4 headers: loopback becomes 127.0.0.1, any
 * other 0.0.0.0. Thread-safe; a write error stops the trace (and is kept), never the node.
 */
public final class MessageTrace implements AutoCloseable {
    private static final byte[] LOOPBACK = {127, 0, 0, 1};
    private static final byte[] UNKNOWN = {0, 0, 0, 0};

    private final PcapWriter writer;
    private final Clock clock;
    private final Map<Flow, Direction> flows = new HashMap<>();
    private IOException failure;

    private MessageTrace(PcapWriter writer, Clock clock) {
        this.writer = writer;
        this.clock = clock;
    }

    /** A trace written to {@code file} (replaced), stamped by the system clock. */
    public static MessageTrace open(Path file) throws IOException {
        return open(Files.newOutputStream(file), Clock.systemUTC());
    }

    /** A trace written to {@code out}, stamped by {@code clock}. */
    public static MessageTrace open(OutputStream out, Clock clock) throws IOException {
        return new MessageTrace(new PcapWriter(new BufferedOutputStream(out), micros(clock.instant())), clock);
    }

    /** Writes {@code message}, which went from {@code from} to {@code to}. */
    public synchronized void record(InetSocketAddress from, InetSocketAddress to, byte[] message) {
        if (failure != null) {
            return;
        }
        Direction d = flows.computeIfAbsent(new Flow(from, to), f -> new Direction(writer.flow(ipv4(from),
                from.getPort(), ipv4(to), to.getPort(), 1)));
        FramedMessage.Data frame = new FramedMessage.Data(d.nextSequence, Opaque.of(message));
        d.nextSequence = (d.nextSequence + 1) & 0xFFFF_FFFFL;
        byte[] bytes = WireWriter.encode(frame::encode).toByteArray();
        long at = micros(clock.instant());
        try {
            for (int offset = 0; offset < bytes.length; offset += PcapWriter.MAX_SEGMENT_PAYLOAD) {
                int n = Math.min(PcapWriter.MAX_SEGMENT_PAYLOAD, bytes.length - offset);
                byte[] segment = new byte[n];
                System.arraycopy(bytes, offset, segment, 0, n);
                d.flow.sendAt(at, segment);
            }
        } catch (IOException e) {
            failure = e;
        }
    }

    /** The write error that stopped the trace, if any. */
    public synchronized IOException failure() {
        return failure;
    }

    /** Flushes and closes the file. */
    @Override
    public synchronized void close() throws IOException {
        writer.close();
    }

    private static byte[] ipv4(InetSocketAddress address) {
        if (address.getAddress() instanceof Inet4Address v4) {
            return v4.getAddress();
        }
        return address.getAddress() != null && address.getAddress().isLoopbackAddress() ? LOOPBACK : UNKNOWN;
    }

    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    /** One direction of a link. */
    private record Flow(InetSocketAddress from, InetSocketAddress to) {
    }

    /** The pcap flow of a direction and its next frame sequence number. */
    private static final class Direction {
        private final PcapWriter.Flow flow;
        private long nextSequence;

        Direction(PcapWriter.Flow flow) {
            this.flow = flow;
        }
    }
}
