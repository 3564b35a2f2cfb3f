package org.reloadj.wire.storage;

import org.reloadj.api.KindId;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireIds;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * The head that the per-kind structures of RFC 6940, 7.4 share: a uint32 KindId and a uint64
 * generation counter, followed by what the kind's structure holds (StoreKindData,
 * StoreKindResponse, StoredDataSpecifier, FetchKindResponse, StatKindResponse).
 */
final class PerKind {
    private PerKind() {
    }

    /** Reads what follows the head; may depend on the kind (its data model). */
    @FunctionalInterface
    interface Rest<T> {
        /** Reads the rest of the structure for {@code kind}. */
        T read(WireReader r, KindId kind) throws WireException;
    }

    /** Builds the structure from its parts. */
    @FunctionalInterface
    interface Maker<T, R> {
        /** The structure of these parts. */
        R make(KindId kind, long generation, T rest);
    }

    /** Reads kind, generation, then the rest. */
    static <T, R> R read(WireReader r, Rest<T> rest, Maker<T, R> maker) throws WireException {
        KindId kind = WireIds.readKind(r, "kind");
        long generation = r.readInt64("generation");
        return maker.make(kind, generation, rest.read(r, kind));
    }

    /** Writes kind and generation. */
    static void writeHead(WireWriter w, KindId kind, long generation) {
        WireIds.writeKind(w, kind);
        w.writeInt64(generation);
    }
}
