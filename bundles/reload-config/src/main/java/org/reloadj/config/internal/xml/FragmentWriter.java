package org.reloadj.config.internal.xml;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.reloadj.config.ConfigurationException;
import org.reloadj.config.internal.write.XmlText;

/**
 * Copies an extension element (RFC 6940, 11.1.1 {@code foreign-elements}) into a self-contained
 * XML fragment: each element and attribute declares the namespace of its prefix unless an
 * ancestor inside the fragment already did, so the fragment can be written anywhere. Text and
 * attribute values are escaped again; comments and processing instructions are left out. The
 * same element always gives the same fragment, so a document written and read again keeps it.
 */
final class FragmentWriter {
    private final XmlCursor cursor;
    private final StringBuilder out = new StringBuilder();
    private final Deque<Map<String, String>> scopes = new ArrayDeque<>();

    private FragmentWriter(XmlCursor cursor) {
        this.cursor = cursor;
    }

    /** From a start element, the fragment of the whole element, ending at its end. */
    static String copy(XmlCursor cursor) throws XMLStreamException, ConfigurationException {
        FragmentWriter w = new FragmentWriter(cursor);
        w.startElement();
        int depth = 1;
        while (depth > 0) {
            int event = cursor.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                w.startElement();
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                w.endElement();
            } else if (XmlCursor.isText(event)) {
                XmlText.escapeText(cursor.xml().getText(), w.out);
            }
        }
        return w.out.toString();
    }

    private void startElement() {
        XMLStreamReader xml = cursor.xml();
        scopes.push(new HashMap<>());
        out.append('<').append(qname(xml.getPrefix(), xml.getLocalName()));
        declare(xml.getPrefix(), xml.getNamespaceURI());
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String prefix = xml.getAttributePrefix(i);
            if (prefix != null && !prefix.isEmpty()) {
                declare(prefix, xml.getAttributeNamespace(i));
            }
        }
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            out.append(' ').append(qname(xml.getAttributePrefix(i), xml.getAttributeLocalName(i))).append("=\"");
            XmlText.escapeAttribute(xml.getAttributeValue(i), out);
            out.append('"');
        }
        out.append('>');
    }

    private void endElement() {
        XMLStreamReader xml = cursor.xml();
        out.append("</").append(qname(xml.getPrefix(), xml.getLocalName())).append('>');
        scopes.pop();
    }

    private void declare(String prefix, String namespace) {
        String p = prefix == null ? "" : prefix;
        String ns = namespace == null ? "" : namespace;
        if (ns.equals(inScope(p))) {
            return;
        }
        scopes.peek().put(p, ns);
        out.append(p.isEmpty() ? " xmlns=\"" : " xmlns:" + p + "=\"");
        XmlText.escapeAttribute(ns, out);
        out.append('"');
    }

    private String inScope(String prefix) {
        for (Map<String, String> scope : scopes) {
            String ns = scope.get(prefix);
            if (ns != null) {
                return ns;
            }
        }
        return prefix.isEmpty() ? "" : null;
    }

    private static String qname(String prefix, String localName) {
        return prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName;
    }
}
