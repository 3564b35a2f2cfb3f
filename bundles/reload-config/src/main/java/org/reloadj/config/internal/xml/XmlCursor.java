package org.reloadj.config.internal.xml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.reloadj.config.ConfigurationException;

/**
 * A StAX reader kept in step with the tags {@link MarkupScanner} found in the same bytes, so that
 * every element read also has its exact byte range. Each start event takes the next start (or
 * empty-element) tag, each end event the matching end tag; the names are compared, so the two
 * can never drift apart unnoticed. Also bounds the element depth.
 */
final class XmlCursor {
    private final XMLStreamReader xml;
    private final byte[] doc;
    private final List<Tag> tags;
    private final int maxDepth;
    private final Deque<Tag> open = new ArrayDeque<>();
    private int nextTag;
    private Span lastClosed;

    XmlCursor(XMLStreamReader xml, byte[] doc, List<Tag> tags, int maxDepth) {
        this.xml = xml;
        this.doc = doc;
        this.tags = tags;
        this.maxDepth = maxDepth;
    }

    /** The StAX reader, at the current event. */
    XMLStreamReader xml() {
        return xml;
    }

    /** Advances one event and keeps the tags in step; returns the event type. */
    int next() throws XMLStreamException, ConfigurationException {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
            Tag tag = take(Tag.Type.START);
            open.push(tag);
            if (open.size() > maxDepth) {
                throw new ConfigurationException("elements nested deeper than " + maxDepth);
            }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
            Tag start = open.pop();
            Tag end = start.type() == Tag.Type.EMPTY ? start : take(Tag.Type.END);
            lastClosed = new Span(start.start(), end.end());
        }
        return event;
    }

    /**
     * From a start element, moves to its next child start element and returns true, or to its
     * end element and returns false. Text between children is skipped.
     */
    boolean nextChild() throws XMLStreamException, ConfigurationException {
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
    }

    /** From a start element, the text it contains (nested elements skipped), ending at its end. */
    String text() throws XMLStreamException, ConfigurationException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (depth == 1 && isText(event)) {
                sb.append(xml.getText());
            }
        }
        return sb.toString();
    }

    /** From a start element, skips to its end. */
    void skip() throws XMLStreamException, ConfigurationException {
        text();
    }

    /** The byte range of the element that ended last. */
    Span lastClosed() {
        return lastClosed;
    }

    static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }

    private Tag take(Tag.Type expected) throws ConfigurationException {
        if (nextTag >= tags.size()) {
            throw outOfStep("no tag left");
        }
        Tag tag = tags.get(nextTag++);
        boolean typeMatches = expected == Tag.Type.END ? tag.type() == Tag.Type.END : tag.type() != Tag.Type.END;
        if (!typeMatches || !nameMatches(tag)) {
            throw outOfStep("tag at byte " + tag.start());
        }
        return tag;
    }

    private boolean nameMatches(Tag tag) {
        String prefix = xml.getPrefix();
        String qname = prefix == null || prefix.isEmpty() ? xml.getLocalName() : prefix + ":" + xml.getLocalName();
        byte[] expected = qname.getBytes(StandardCharsets.UTF_8);
        return Arrays.equals(doc, tag.nameStart(), tag.nameEnd(), expected, 0, expected.length);
    }

    private static ConfigurationException outOfStep(String where) {
        return new ConfigurationException("not well-formed XML: markup does not match the parser (" + where + ")");
    }
}
