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
 * A Fetch request (RFC 6940, 7.4.2.1): what to retrieve of each kind at one resource.
 *
 * @param resource   the Resource-ID to fetch from
 * @param specifiers {@code StoredDataSpecifier specifiers<0..2^16-1>}
 */
public record FetchReq(ResourceId resource, List<StoredDataSpecifier> specifiers) implements MessageBody {
    /** Checks the resource is present and copies the list. */
    public FetchReq {
        Objects.requireNonNull(resource, "resource");
        specifiers = List.copyOf(specifiers);
    }

    /**
     * Reads the whole body of a FetchReq; each specifier is read in its kind's data model.
     *
     * @throws WireException Error_Unknown_Kind for a kind the context does not know
     */
    public static FetchReq decode(WireReader r, WireContext ctx) throws WireException {
        return StorageParts.readSpecifierRequest(r, ctx, FetchReq::new);
    }

    @Override
    public int messageCode() {
        return MessageCode.FETCH_REQ.code();
    }

    @Override
    public void encode(WireWriter w) {
        StorageParts.writeSpecifierRequest(w, resource, specifiers);
    }
}
