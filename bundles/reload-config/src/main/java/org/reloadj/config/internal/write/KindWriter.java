package org.reloadj.config.internal.write;

import org.reloadj.config.ExtensionElement;
import org.reloadj.config.KindBlock;

/** Writes a {@code kind-block}: the {@code kind} element and its {@code kind-signature} (RFC 6940, 11.1). */
final class KindWriter {
    private KindWriter() {
    }

    static void write(KindBlock k, int depth, XmlOut out) {
        out.indent(depth).raw("<kind-block>\n");
        writeKind(k, depth + 1, out);
        k.signature().ifPresent(s -> DocumentWriter.signature(out, depth + 1, "kind-signature", s));
        out.indent(depth).raw("</kind-block>\n");
    }

    private static void writeKind(KindBlock k, int depth, XmlOut out) {
        out.indent(depth).raw("<kind");
        k.name().ifPresent(n -> out.attribute("name", n));
        k.id().ifPresent(id -> out.attribute("id", Long.toString(id.value())));
        out.raw(">\n");
        out.textElement(depth + 1, "data-model", k.dataModel());
        out.textElement(depth + 1, "access-control", k.accessControl());
        out.textElement(depth + 1, "max-count", Integer.toString(k.maxCount()));
        out.textElement(depth + 1, "max-size", Integer.toString(k.maxSize()));
        k.maxNodeMultiple().ifPresent(m -> out.textElement(depth + 1, "max-node-multiple", Integer.toString(m)));
        for (ExtensionElement e : k.extensions()) {
            out.indent(depth + 1).raw(e.xml()).raw("\n");
        }
        out.indent(depth).raw("</kind>\n");
    }
}
