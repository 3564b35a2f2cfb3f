package org.reloadj.wire.body;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reloadj.api.KindId;
import org.reloadj.api.ResourceId;
import org.reloadj.wire.io.Vectors;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireIds;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;
import org.reloadj.wire.storage.StoredDataSpecifier;

/** The pieces the storage bodies of RFC 6940, 7.4 share. */
final class StorageParts {
    private StorageParts() {
    }

    /** Builds a FetchReq or StatReq from its parts. */
    @FunctionalInterface
    interface SpecifierRequest<R> {
        /** The request of these parts. */
        R make(ResourceId resource, List<StoredDataSpecifier> specifiers);
    }

    /**
     * Reads a body that is one vector and nothing else (the answers of 7.4): trailing bytes are
     * Error_Invalid_Message.
     */
    static <T> List<T> readWhole(WireReader r, int lengthBytes, String what, Vectors.ItemReader<T> item)
            throws WireException {
        List<T> items = Vectors.read(r, lengthBytes, what, item);
        r.assertFinished(what);
        return items;
    }

    /**
     * Reads the whole body of a FetchReq or StatReq, which share one shape (7.4.3.1):
     * {@code ResourceId resource; StoredDataSpecifier specifiers<0..2^16-1>}.
     */
    static <R> R readSpecifierRequest(WireReader r, WireContext ctx, SpecifierRequest<R> maker) throws WireException {
        ResourceId resource = WireIds.readResourceId(r, "resource");
        return maker.make(resource, readWhole(r, 2, "specifiers", v -> StoredDataSpecifier.decode(v, ctx)));
    }

    /** Writes the body of a FetchReq or StatReq. */
    static void writeSpecifierRequest(WireWriter w, ResourceId resource, List<StoredDataSpecifier> specifiers) {
        WireIds.writeResourceId(w, resource);
        Vectors.write(w, 2, "specifiers", specifiers, StoredDataSpecifier::encode);
    }

    /** The first Kind-ID that {@code kinds} holds twice, or null. */
    static KindId repeated(List<KindId> kinds) {
        Set<KindId> seen = new HashSet<>();
        for (KindId k : kinds) {
            if (!seen.add(k)) {
                return k;
            }
        }
        return null;
    }

    /** Checks no kind appears twice, for a constructor. */
    static void requireDistinct(List<KindId> kinds, String what) {
        KindId k = repeated(kinds);
        if (k != null) {
            throw new IllegalArgumentException(what + " names kind " + k + " twice");
        }
    }

    /** Checks no kind appears twice, for a decoder: Error_Invalid_Message. */
    static void checkDistinct(List<KindId> kinds, String what) throws WireException {
        KindId k = repeated(kinds);
        if (k != null) {
            throw WireException.invalid(what + " names kind " + k + " twice");
        }
    }
}
