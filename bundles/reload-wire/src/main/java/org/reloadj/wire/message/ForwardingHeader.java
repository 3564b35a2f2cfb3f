package org.reloadj.wire.message;

import java.util.List;
import org.reloadj.wire.io.Vectors;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * The forwarding header (RFC 6940, 6.3.2), less the fields the codec derives: relo_token and
 * version are constants, and length is the size of the encoded message.
 *
 * @param overlay               the overlay hash ({@code OverlayHash})
 * @param configurationSequence the configuration sequence number (6.3.2.1)
 * @param ttl                   hops left
 * @param fragment              the fragment field: 0x80000000 always set, 0x40000000 on the last
 *                              fragment, the offset in the low 24 bits (6.7)
 * @param transactionId         the transaction id
 * @param maxResponseLength     the largest response the sender accepts, 0 for no limit
 * @param viaList               the via list
 * @param destinationList       the destination list (never empty)
 * @param options               the forwarding options
 */
public record ForwardingHeader(int overlay, int configurationSequence, int ttl, int fragment, long transactionId,
        long maxResponseLength, List<Destination> viaList, List<Destination> destinationList,
        List<ForwardingOption> options) {

    /** The first four bytes of every RELOAD message: "RELO" with the high bit set (6.3.2). */
    public static final int RELO_TOKEN = 0xd2454c4f;
    /** RELOAD version 1.0, times ten (6.3.2). */
    public static final int VERSION = 0x0a;
    /** The fragment field of an unfragmented message: historical bit and last-fragment bit. */
    public static final int UNFRAGMENTED = 0xC000_0000;
    /** The fixed part of the header: 38 bytes before the lists. */
    public static final int FIXED_LENGTH = 38;

    private static final int HISTORICAL_BIT = 0x8000_0000;
    private static final int LAST_FRAGMENT_BIT = 0x4000_0000;

    /** Checks ranges, the fragment's historical bit, and copies the lists. */
    public ForwardingHeader {
        if (configurationSequence < 0 || configurationSequence > 0xFFFF) {
            throw new IllegalArgumentException("configuration sequence is 16 bits: " + configurationSequence);
        }
        if (ttl < 0 || ttl > 255) {
            throw new IllegalArgumentException("ttl is 8 bits: " + ttl);
        }
        if ((fragment & HISTORICAL_BIT) == 0) {
            throw new IllegalArgumentException("the fragment field's high bit must be set");
        }
        if (maxResponseLength < 0 || maxResponseLength > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("max response length is 32 bits: " + maxResponseLength);
        }
        viaList = List.copyOf(viaList);
        destinationList = List.copyOf(destinationList);
        options = List.copyOf(options);
        if (destinationList.isEmpty()) {
            throw new IllegalArgumentException("the destination list is never empty");
        }
    }

    /** Whether this is the last (or only) fragment. */
    public boolean isLastFragment() {
        return (fragment & LAST_FRAGMENT_BIT) != 0;
    }

    /** The fragment offset, in bytes (6.7). */
    public int fragmentOffset() {
        return fragment & 0x00FF_FFFF;
    }

    /** Whether the message is whole: the only fragment, at offset 0. */
    public boolean isUnfragmented() {
        return isLastFragment() && fragmentOffset() == 0;
    }

    /** This header with another TTL. */
    public ForwardingHeader withTtl(int newTtl) {
        return new ForwardingHeader(overlay, configurationSequence, newTtl, fragment, transactionId, maxResponseLength,
                viaList, destinationList, options);
    }

    /** This header with other via and destination lists. */
    public ForwardingHeader withLists(List<Destination> via, List<Destination> destinations) {
        return new ForwardingHeader(overlay, configurationSequence, ttl, fragment, transactionId, maxResponseLength,
                via, destinations, options);
    }

    /**
     * Reads a header and checks it against the message: relo_token, version, the fragment's
     * historical bit, and a length field equal to {@code messageLength}.
     */
    public static ForwardingHeader decode(WireReader r, int messageLength, WireContext ctx) throws WireException {
        int token = r.readInt32("relo_token");
        if (token != RELO_TOKEN) {
            throw WireException.invalid(String.format("relo_token is 0x%08x, not 0xd2454c4f", token));
        }
        int overlay = r.readInt32("overlay");
        int sequence = r.readUint16("configuration_sequence");
        int version = r.readUint8("version");
        if (version != VERSION) {
            throw new WireException(org.reloadj.api.ErrorCode.ERROR_INCOMPATIBLE_WITH_OVERLAY,
                    String.format("version 0x%02x is not RELOAD 1.0 (0x0a)", version));
        }
        int ttl = r.readUint8("ttl");
        int fragment = r.readInt32("fragment");
        if ((fragment & HISTORICAL_BIT) == 0) {
            throw WireException.invalid("the fragment field's high bit (0x80000000) is not set");
        }
        long length = r.readUint32("length");
        if (length != messageLength) {
            throw WireException.invalid("length field says " + length + " bytes, the message has " + messageLength);
        }
        long transactionId = r.readInt64("transaction_id");
        long maxResponse = r.readUint32("max_response_length");
        int viaLength = r.readUint16("via_list_length");
        int destLength = r.readUint16("destination_list_length");
        int optionsLength = r.readUint16("options_length");
        List<Destination> via = Vectors.readAll(r.slice(viaLength, "via_list"), x -> Destination.decode(x, ctx));
        List<Destination> dest = Vectors.readAll(r.slice(destLength, "destination_list"), x -> Destination.decode(x, ctx));
        List<ForwardingOption> options = Vectors.readAll(r.slice(optionsLength, "options"), ForwardingOption::decode);
        checkLists(via, dest);
        return new ForwardingHeader(overlay, sequence, ttl, fragment, transactionId, maxResponse, via, dest, options);
    }

    private static void checkLists(List<Destination> via, List<Destination> dest) throws WireException {
        if (dest.isEmpty()) {
            throw WireException.invalid("empty destination list");
        }
        for (Destination d : via) {
            if (d instanceof Destination.Resource) {
                throw WireException.invalid("a Resource-ID in the via list (6.3.2.2)");
            }
        }
        for (int i = 0; i < dest.size() - 1; i++) {
            if (dest.get(i) instanceof Destination.Resource) {
                throw WireException.invalid("a Resource-ID before the end of the destination list (6.3.2.2)");
            }
        }
    }

    /**
     * Writes the header with a zero length field; returns the position of that field, for
     * {@link #patchLength} once the message is complete.
     */
    public int encode(WireWriter w) {
        w.writeInt32(RELO_TOKEN).writeInt32(overlay).writeUint16(configurationSequence).writeUint8(VERSION)
                .writeUint8(ttl).writeInt32(fragment);
        int lengthAt = w.position();
        w.writeInt32(0).writeInt64(transactionId).writeUint32(maxResponseLength);
        int listLengths = w.position();
        w.writeUint16(0).writeUint16(0).writeUint16(0);
        int start = w.position();
        viaList.forEach(d -> d.encode(w));
        int viaEnd = w.position();
        destinationList.forEach(d -> d.encode(w));
        int destEnd = w.position();
        options.forEach(o -> o.encode(w));
        int end = w.position();
        checkListLength(viaEnd - start, "via list");
        checkListLength(destEnd - viaEnd, "destination list");
        checkListLength(end - destEnd, "options");
        w.buffer().setShort(listLengths, viaEnd - start);
        w.buffer().setShort(listLengths + 2, destEnd - viaEnd);
        w.buffer().setShort(listLengths + 4, end - destEnd);
        return lengthAt;
    }

    private static void checkListLength(int n, String what) {
        if (n > 0xFFFF) {
            throw new IllegalArgumentException(what + " of " + n + " bytes exceeds 65535");
        }
    }

    /** Sets the length field written by {@link #encode} to the message's size. */
    public static void patchLength(WireWriter w, int lengthAt, int messageStart) {
        w.buffer().setInt(lengthAt, w.position() - messageStart);
    }
}
