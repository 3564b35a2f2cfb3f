package org.reloadj.wire.body;

import java.util.List;
import java.util.Objects;
import org.reloadj.api.KindId;
import org.reloadj.api.ResourceId;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.Vectors;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireIds;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * A Find request (RFC 6940, 7.4.4.1): the Resource-ID to search near and the kinds to search.
 *
 * <p>Each kind "MUST appear only once. Otherwise, the request MUST be rejected with an error":
 * that depends on the bytes alone, so the codec enforces it and a repeated kind is
 * Error_Invalid_Message (the constructor refuses one too). Unknown kinds are not an error here:
 * the answer gives them Resource-ID 0 (7.4.4.2).
 *
 * @param resource the Resource-ID to search near
 * @param kinds    {@code KindId kinds<0..2^8-1>}: at most {@value #MAX_KINDS}, each once
 */
public record FindReq(ResourceId resource, List<KindId> kinds) implements MessageBody {
    /** The most kinds a one-byte length holds (63 times 4 bytes). */
    public static final int MAX_KINDS = 63;

    /** Checks the resource is present, and the kinds fit and are distinct. */
    public FindReq {
        Objects.requireNonNull(resource, "resource");
        kinds = List.copyOf(kinds);
        if (kinds.size() > MAX_KINDS) {
            throw new IllegalArgumentException("a FindReq holds at most " + MAX_KINDS + " kinds: " + kinds.size());
        }
        StorageParts.requireDistinct(kinds, "FindReq");
    }

    /**
     * Reads the whole body of a FindReq ({@code ctx} is not needed: the kinds' models play no part).
     *
     * @throws WireException Error_Invalid_Message for a kinds length that is not a multiple of 4,
     *                       a repeated kind, or other bad bytes
     */
    public static FindReq decode(WireReader r, WireContext ctx) throws WireException {
        ResourceId resource = WireIds.readResourceId(r, "resource");
        WireReader v = r.readVector(1, "kinds");
        if (v.remaining() % 4 != 0) {
            throw WireException.invalid("kinds of " + v.remaining() + " bytes is not a whole number of Kind-IDs");
        }
        List<KindId> kinds = Vectors.readAll(v, k -> WireIds.readKind(k, "kind"));
        r.assertFinished("FindReq");
        StorageParts.checkDistinct(kinds, "FindReq");
        return new FindReq(resource, kinds);
    }

    @Override
    public int messageCode() {
        return MessageCode.FIND_REQ.code();
    }

    @Override
    public void encode(WireWriter w) {
        WireIds.writeResourceId(w, resource);
        Vectors.write(w, 1, "kinds", kinds, (k, out) -> WireIds.writeKind(out, k));
    }
}
