package org.reloadj.wire.storage;

import java.util.Objects;
import org.reloadj.api.KindId;
import org.reloadj.api.registry.DataModel;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * What to fetch, or stat, of one kind (RFC 6940, 7.4.2.1 and 7.4.3.1): the kind, the last
 * generation the requester saw, and a uint16 length followed by the specifier of the kind's data
 * model. The length must match the specifier exactly.
 *
 * @param kind       the Kind-ID
 * @param generation the last generation counter seen, or 0; a uint64 as its bits
 * @param specifier  the model_specifier
 */
public record StoredDataSpecifier(KindId kind, long generation, ModelSpecifier specifier) {
    /** Checks the parts are present. */
    public StoredDataSpecifier {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(specifier, "specifier");
    }

    /**
     * Reads a StoredDataSpecifier; the specifier is read in the data model of the kind.
     *
     * @throws WireException Error_Unknown_Kind when the context does not know the kind,
     *                       Error_Invalid_Message when the length disagrees with the specifier
     */
    public static StoredDataSpecifier decode(WireReader r, WireContext ctx) throws WireException {
        return PerKind.read(r, (v, kind) -> readSpecifier(v, ctx, kind), StoredDataSpecifier::new);
    }

    private static ModelSpecifier readSpecifier(WireReader r, WireContext ctx, KindId kind) throws WireException {
        DataModel model = ctx.modelOf(kind);
        WireReader v = r.readVector(2, "model_specifier");
        ModelSpecifier s = ModelSpecifier.decode(v, model);
        v.assertFinished("model_specifier");
        return s;
    }

    /** Writes this specifier, its length computed. */
    public void encode(WireWriter w) {
        PerKind.writeHead(w, kind, generation);
        int at = w.beginLength(2);
        specifier.encode(w);
        w.endLength(at, 2, "model_specifier");
    }
}
