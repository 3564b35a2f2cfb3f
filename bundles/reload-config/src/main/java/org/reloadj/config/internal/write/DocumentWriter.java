package org.reloadj.config.internal.write;

import java.nio.charset.StandardCharsets;
import org.reloadj.config.ConfigNamespaces;
import org.reloadj.config.DocumentSignature;
import org.reloadj.config.OverlayConfigurations;
import org.reloadj.config.SignedConfiguration;

/**
 * Writes a configuration document (RFC 6940, 11.1) as UTF-8: the XML declaration with its
 * encoding, the {@code overlay} element with the base namespace as default and the Chord namespace
 * as {@code chord:}, then each configuration followed by its signatures.
 */
public final class DocumentWriter {
    private DocumentWriter() {
    }

    /** The document's bytes. */
    public static byte[] write(OverlayConfigurations document) {
        XmlOut out = new XmlOut();
        out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<overlay")
                .attribute("xmlns", ConfigNamespaces.BASE).attribute("xmlns:chord", ConfigNamespaces.CHORD).raw(">\n");
        for (SignedConfiguration c : document.configurations()) {
            ConfigurationElementWriter.write(c.configuration(), out);
            for (DocumentSignature s : c.signatures()) {
                signature(out, 1, "signature", s);
            }
        }
        out.raw("</overlay>\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Appends a {@code signature} or {@code kind-signature} element. */
    static void signature(XmlOut out, int depth, String name, DocumentSignature s) {
        XmlOut start = new XmlOut().raw("<" + name);
        s.algorithm().ifPresent(a -> start.attribute("algorithm", a));
        out.base64Element(depth, start.raw(">").toString(), name, s.value());
    }
}
