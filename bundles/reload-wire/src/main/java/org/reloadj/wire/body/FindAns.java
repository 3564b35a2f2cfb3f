package org.reloadj.wire.body;

import java.util.List;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.Vectors;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;
import org.reloadj.wire.storage.FindKindData;

/**
 * A Find answer (RFC 6940, 7.4.4.2): the closest Resource-ID of each kind asked for.
 *
 * @param results one per kind that may be found, {@code FindKindData results<0..2^16-1>}
 */
public record FindAns(List<FindKindData> results) implements MessageBody {
    /** Copies the list. */
    public FindAns {
        results = List.copyOf(results);
    }

    /** Reads the whole body of a FindAns ({@code ctx} is not needed). */
    public static FindAns decode(WireReader r, WireContext ctx) throws WireException {
        return new FindAns(StorageParts.readWhole(r, 2, "results", FindKindData::decode));
    }

    @Override
    public int messageCode() {
        return MessageCode.FIND_ANS.code();
    }

    @Override
    public void encode(WireWriter w) {
        Vectors.write(w, 2, "results", results, FindKindData::encode);
    }
}
