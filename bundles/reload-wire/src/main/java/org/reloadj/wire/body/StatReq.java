package org.reloadj.wire.body;

import java.util.List;
import java.util.Objects;
import org.reloadj.api.ResourceId;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;
import org.reloadj.wire.storage.StoredDataSpecifier;

/**
 * A Stat request (RFC 6940, 7.4.3.1): the shape of a {@link FetchReq}, asking for metadata
 * instead of values.
 *
 * @param resource   the Resource-ID to stat
 * @param specifiers {@code StoredDataSpecifier specifiers<0..2^16-1>}
 */
public record StatReq(ResourceId resource, List<StoredDataSpecifier> specifiers) implements MessageBody {
    /** Checks the resource is present and copies the list. */
    public StatReq {
        Objects.requireNonNull(resource, "resource");
        specifiers = List.copyOf(specifiers);
    }

    /**
     * Reads the whole body of a StatReq; each specifier is read in its kind's data model.
     *
     * @throws WireException Error_Unknown_Kind for a kind the context does not know
     */
    public static StatReq decode(WireReader r, WireContext ctx) throws WireException {
        return StorageParts.readSpecifierRequest(r, ctx, StatReq::new);
    }

    @Override
    public int messageCode() {
        return MessageCode.STAT_REQ.code();
    }

    @Override
    public void encode(WireWriter w) {
        StorageParts.writeSpecifierRequest(w, resource, specifiers);
    }
}
