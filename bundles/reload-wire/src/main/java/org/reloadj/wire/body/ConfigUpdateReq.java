package org.reloadj.wire.body;

import java.util.List;
import java.util.Optional;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.ConfigUpdateType;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.Vectors;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * A ConfigUpdate request (RFC 6940, 6.5.4.1): a type, a uint32 length of the remainder, then a
 * Configuration Document ({@code config}), kind-block descriptions ({@code kind}), or the contents
 * of a type this implementation does not know (the structure may be extended), carried through as
 * they came.
 *
 * @param type  the ConfigUpdateType code, 1..255 (see {@link ConfigUpdateType})
 * @param data  for {@code config} the config_data; for an unknown type every byte after the
 *              length; for {@code kind} empty
 * @param kinds for {@code kind} the KindDescriptions (UTF-8 XML kind-blocks, 11.1); otherwise
 *              empty
 */
public record ConfigUpdateReq(int type, Opaque data, List<Opaque> kinds) implements MessageBody {
    private static final int CONFIG = ConfigUpdateType.CONFIG.code();
    private static final int KIND = ConfigUpdateType.KIND.code();

    /** Checks the fields match the type and fit their lengths, and copies the list. */
    public ConfigUpdateReq {
        BodyFields.type(type, "ConfigUpdateType");
        BodyFields.opaque(data, type == CONFIG ? 3 : 4, "config_data");
        kinds = List.copyOf(kinds);
        kinds.forEach(k -> BodyFields.opaque(k, 2, "KindDescription"));
        if (type == KIND ? !data.isEmpty() : !kinds.isEmpty()) {
            throw new IllegalArgumentException("a ConfigUpdateReq of type " + type + " carries "
                    + (type == KIND ? "kinds only" : "no kinds"));
        }
    }

    /** An update of the Configuration Document. */
    public static ConfigUpdateReq config(Opaque configData) {
        return new ConfigUpdateReq(CONFIG, configData, List.of());
    }

    /** An update of kind descriptions. */
    public static ConfigUpdateReq kinds(List<Opaque> kindDescriptions) {
        return new ConfigUpdateReq(KIND, Opaque.EMPTY, kindDescriptions);
    }

    /** The registered type, if this implementation knows it. */
    public Optional<ConfigUpdateType> knownType() {
        return ConfigUpdateType.fromCode(type);
    }

    /**
     * Reads a ConfigUpdateReq: type 0, and a length that is not exactly the number of bytes that
     * follow, are invalid.
     */
    public static ConfigUpdateReq decode(WireReader r, WireContext ctx) throws WireException {
        int type = BodyFields.readType(r, "ConfigUpdateType");
        long length = r.readUint32("ConfigUpdateReq length");
        if (length != r.remaining()) {
            throw WireException.invalid("ConfigUpdateReq length says " + length + " bytes but " + r.remaining()
                    + " follow");
        }
        ConfigUpdateReq req;
        if (type == CONFIG) {
            req = config(r.readOpaque(3, "config_data"));
        } else if (type == KIND) {
            req = kinds(Vectors.read(r, 3, "kinds", in -> in.readOpaque(2, "KindDescription")));
        } else {
            req = new ConfigUpdateReq(type, r.readRest(), List.of());
        }
        r.assertFinished("ConfigUpdateReq of type " + type);
        return req;
    }

    @Override
    public int messageCode() {
        return MessageCode.CONFIG_UPDATE_REQ.code();
    }

    @Override
    public void encode(WireWriter w) {
        w.writeUint8(type);
        int at = w.beginLength(4);
        if (type == CONFIG) {
            w.writeOpaque(3, data, "config_data");
        } else if (type == KIND) {
            Vectors.write(w, 3, "kinds", kinds, (k, out) -> out.writeOpaque(2, k, "KindDescription"));
        } else {
            w.writeFixed(data);
        }
        w.endLength(at, 4, "ConfigUpdateReq");
    }
}
