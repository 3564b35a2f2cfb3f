package org.reloadj.wire.framing;

import java.util.Objects;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.FramedMessageType;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * The per-hop framing of overlay links (RFC 6940, 6.6.2): a data frame carrying one message with
 * its sequence number, or an acknowledgement.
 */
public sealed interface FramedMessage {
    /** The largest message a data frame can carry: its length field has 24 bits. */
    int MAX_MESSAGE_LENGTH = 0xFF_FFFF;

    /** Writes the frame. */
    void encode(WireWriter w);

    /**
     * Reads one frame from {@code r}; any type other than data(128) and ack(129) is invalid.
     * Bytes after the frame are left in the reader (a stream may hold several frames).
     */
    static FramedMessage decode(WireReader r) throws WireException {
        int type = r.readUint8("framed message type");
        if (type == FramedMessageType.DATA.code()) {
            long sequence = r.readUint32("sequence");
            return new Data(sequence, r.readOpaque(3, "framed message"));
        }
        if (type == FramedMessageType.ACK.code()) {
            long ackSequence = r.readUint32("ack_sequence");
            return new Ack(ackSequence, r.readInt32("received"));
        }
        throw WireException.invalid("framed message of unknown type " + type);
    }

    /**
     * The number of bytes the frame at {@code offset} occupies, or -1 when more bytes are
     * needed to tell; for splitting a stream into frames.
     */
    static int frameLength(byte[] buf, int offset, int available) throws WireException {
        if (available < 1) {
            return -1;
        }
        int type = buf[offset] & 0xFF;
        if (type == FramedMessageType.ACK.code()) {
            return 9;
        }
        if (type != FramedMessageType.DATA.code()) {
            throw WireException.invalid("framed message of unknown type " + type);
        }
        if (available < 8) {
            return -1;
        }
        int len = (buf[offset + 5] & 0xFF) << 16 | (buf[offset + 6] & 0xFF) << 8 | buf[offset + 7] & 0xFF;
        return 8 + len;
    }

    /**
     * A data frame.
     *
     * @param sequence the frame's sequence number on this link (uint32)
     * @param message  the encoded RELOAD message
     */
    record Data(long sequence, Opaque message) implements FramedMessage {
        /** Checks ranges. */
        public Data {
            checkUint32(sequence, "sequence");
            Objects.requireNonNull(message, "message");
            if (message.length() > MAX_MESSAGE_LENGTH) {
                throw new IllegalArgumentException("a framed message has at most 2^24-1 bytes: " + message.length());
            }
        }

        @Override
        public void encode(WireWriter w) {
            w.writeUint8(FramedMessageType.DATA.code()).writeUint32(sequence).writeOpaque(3, message, "framed message");
        }
    }

    /**
     * An acknowledgement.
     *
     * @param ackSequence the sequence number acknowledged
     * @param received    bit n-1 set when sequence ackSequence-n was among the 32 frames received
     *                    before it (6.6.2)
     */
    record Ack(long ackSequence, int received) implements FramedMessage {
        /** Checks ranges. */
        public Ack {
            checkUint32(ackSequence, "ack_sequence");
        }

        @Override
        public void encode(WireWriter w) {
            w.writeUint8(FramedMessageType.ACK.code()).writeUint32(ackSequence).writeInt32(received);
        }

        /**
         * Whether this ack says the frame with {@code sequence} arrived: it is the frame acked, or
         * one of the 31 before it whose bit is set (sequence numbers wrap at 2^32).
         */
        public boolean acknowledges(long sequence) {
            long behind = (ackSequence - sequence) & 0xFFFF_FFFFL;
            return behind == 0 || behind < Integer.SIZE && (received >>> (behind - 1) & 1) != 0;
        }
    }

    private static void checkUint32(long v, String what) {
        if (v < 0 || v > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException(what + " is a uint32: " + v);
        }
    }
}
