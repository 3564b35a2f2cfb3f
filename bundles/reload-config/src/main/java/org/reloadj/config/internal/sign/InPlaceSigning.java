package org.reloadj.config.internal.sign;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.reloadj.config.ConfigurationException;
import org.reloadj.config.internal.write.Base64Element;
import org.reloadj.config.internal.xml.ConfigurationLayout;
import org.reloadj.config.internal.xml.DocumentParser;
import org.reloadj.config.internal.xml.KindLayout;
import org.reloadj.config.internal.xml.Span;

/**
 * Signs a document without rewriting it (RFC 6940, 11.1: a signature covers the exact bytes of
 * its element, white space included). First each kind element, its kind-signature put in place
 * of the old one or after the kind; then, the document read again, each configuration element,
 * its old signature elements removed and the new one put right after it. Bytes outside the
 * edits stay as they were.
 */
public final class InPlaceSigning {
    private InPlaceSigning() {
    }

    /**
     * The signed document.
     *
     * @param kinds whether to sign the kind-blocks too
     * @throws ConfigurationException when the document cannot be read
     */
    public static byte[] sign(byte[] document, BlobSigner signer, boolean kinds, int maxDepth)
            throws ConfigurationException {
        byte[] doc = kinds ? signKinds(document, signer, maxDepth) : document;
        return signConfigurations(doc, signer, maxDepth);
    }

    private static byte[] signKinds(byte[] doc, BlobSigner signer, int maxDepth) throws ConfigurationException {
        List<Edit> edits = new ArrayList<>();
        for (ConfigurationLayout layout : DocumentParser.parse(doc, maxDepth).layouts()) {
            for (KindLayout k : layout.kinds()) {
                String indent = indentBefore(doc, k.kind().start());
                String element = Base64Element.of("<kind-signature>", "kind-signature",
                        signer.sign(k.kind().of(doc)), indent);
                edits.add(k.signature().map(s -> new Edit(s.start(), s.end(), element))
                        .orElse(new Edit(k.kind().end(), k.kind().end(), "\n" + indent + element)));
            }
        }
        return Edit.apply(doc, edits);
    }

    private static byte[] signConfigurations(byte[] doc, BlobSigner signer, int maxDepth)
            throws ConfigurationException {
        List<Edit> edits = new ArrayList<>();
        for (ConfigurationLayout layout : DocumentParser.parse(doc, maxDepth).layouts()) {
            Span element = layout.element();
            String indent = indentBefore(doc, element.start());
            String signature = Base64Element.of("<signature>", "signature", signer.sign(element.of(doc)), indent);
            edits.add(new Edit(element.end(), element.end(), "\n" + indent + signature));
            for (Span old : layout.signatures()) {
                edits.add(new Edit(Math.max(element.end(), whitespaceStart(doc, old.start())), old.end(), ""));
            }
        }
        return Edit.apply(doc, edits);
    }

    /** The spaces and tabs between the line start and {@code at}, or nothing if other bytes are there. */
    private static String indentBefore(byte[] doc, int at) {
        int i = at;
        while (i > 0 && (doc[i - 1] == ' ' || doc[i - 1] == '\t')) {
            i--;
        }
        return i == 0 || doc[i - 1] == '\n' ? new String(doc, i, at - i, StandardCharsets.US_ASCII) : "";
    }

    /** Where the white space run that ends at {@code at} starts. */
    private static int whitespaceStart(byte[] doc, int at) {
        int i = at;
        while (i > 0 && (doc[i - 1] == ' ' || doc[i - 1] == '\t' || doc[i - 1] == '\n' || doc[i - 1] == '\r')) {
            i--;
        }
        return i;
    }
}
