package org.reloadj.core.node;

import java.util.ArrayList;
import java.util.List;
import org.reloadj.api.Opaque;
import org.reloadj.wire.message.ForwardingHeader;

/**
 * Splits a message too large for a link into fragments (RFC 6940, 6.7): each fragment carries a
 * full copy of the forwarding header and an equal share of the bytes after it, sized to the link's
 * limit less 32 bytes so that the via list can grow on later hops. A fragment is split again the
 * same way, with offsets relative to the original message.
 *
 * <p>Each fragment must hold at least 256 bytes of the message; when the link cannot take that
 * much, RELOAD does not fragment and the message goes whole ("IP-layer fragmentation is allowed to
 * occur").
 */
final class Fragmenter {
    /** The room left for the via list to grow (6.7: "PMTU ... minus 32 bytes"). */
    static final int VIA_GROWTH = 32;
    /** The least a fragment carries (6.7). */
    static final int MIN_FRAGMENT = 256;

    private static final int HISTORICAL_BIT = 0x8000_0000;
    private static final int LAST_FRAGMENT_BIT = 0x4000_0000;
    private static final int MAX_OFFSET = 0x00FF_FFFF;

    private Fragmenter() {
    }

    /**
     * The fragments of {@code envelope}, whose encoding has {@code encodedLength} bytes, for a link
     * that carries at most {@code linkLimit} bytes; the envelope itself when it fits or cannot be
     * split within the rules.
     */
    static List<Envelope> split(Envelope envelope, int encodedLength, int linkLimit) {
        int payload = envelope.rest().length();
        int headerLength = encodedLength - payload;
        int room = linkLimit - VIA_GROWTH - headerLength;
        if (encodedLength <= linkLimit || room < MIN_FRAGMENT) {
            return List.of(envelope);
        }
        int count = (payload + room - 1) / room;
        if (count > payload / MIN_FRAGMENT) {
            return List.of(envelope);
        }
        ForwardingHeader h = envelope.header();
        int base = h.fragmentOffset();
        if (base + payload - 1 > MAX_OFFSET) {
            return List.of(envelope);
        }
        List<Envelope> fragments = new ArrayList<>(count);
        int offset = 0;
        for (int i = 0; i < count; i++) {
            int size = payload / count + (i < payload % count ? 1 : 0);
            boolean last = i == count - 1 && h.isLastFragment();
            Opaque piece = envelope.rest().slice(offset, size);
            int field = HISTORICAL_BIT | (last ? LAST_FRAGMENT_BIT : 0) | base + offset;
            fragments.add(new Envelope(withFragmentField(h, field), piece));
            offset += size;
        }
        return fragments;
    }

    /** {@code h} with another fragment field (a whole message's is {@link ForwardingHeader#UNFRAGMENTED}). */
    static ForwardingHeader withFragmentField(ForwardingHeader h, int fragment) {
        return new ForwardingHeader(h.overlay(), h.configurationSequence(), h.ttl(), fragment, h.transactionId(),
                h.maxResponseLength(), h.viaList(), h.destinationList(), h.options());
    }
}
