package org.reloadj.wire.message;

import org.reloadj.api.Opaque;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * A message extension (RFC 6940, 6.3.3). Extensions are carried through unchanged; a node that
 * does not understand a critical one answers Error_Unknown_Extension.
 *
 * @param type     the extension type, 1..65535
 * @param critical whether the receiver must understand it
 * @param contents the extension's contents
 */
public record MessageExtension(int type, boolean critical, Opaque contents) {
    /** Checks the type. */
    public MessageExtension {
        if (type < 1 || type > 0xFFFF) {
            throw new IllegalArgumentException("extension type must be 1..65535: " + type);
        }
    }

    /** Reads one extension. */
    public static MessageExtension decode(WireReader r) throws WireException {
        int type = r.readUint16("extension type");
        if (type == 0) {
            throw WireException.invalid("extension of type invalidMessageExtensionType(0)");
        }
        boolean critical = r.readBoolean("extension critical");
        return new MessageExtension(type, critical, r.readOpaque(4, "extension_contents"));
    }

    /** Writes this extension. */
    public void encode(WireWriter w) {
        w.writeUint16(type).writeBoolean(critical).writeOpaque(4, contents, "extension_contents");
    }
}
