package org.reloadj.config.internal.xml;

import java.util.ArrayList;
import java.util.List;
import org.reloadj.config.ConfigurationException;

/**
 * Finds the byte offsets of every tag in a UTF-8 document, so that signatures can cover the exact
 * bytes of an element (RFC 6940, 11.1: "from, and including, the first &lt; ... up to and
 * including the &gt;"). A StAX location counts characters, not bytes, hence this scan.
 *
 * <p>It skips comments, CDATA sections and processing instructions, honours quotes in attribute
 * values (where {@code >} may stand unescaped), and refuses any {@code <!DOCTYPE} or other
 * declaration before an XML parser sees the document: no DTD, no entity, is ever read. UTF-8
 * never puts an ASCII byte inside a multi-byte character, so scanning bytes for {@code <},
 * {@code >} and quotes is exact. Bad input ends in a {@link ConfigurationException}, never an
 * index out of bounds.
 */
final class MarkupScanner {
    private final byte[] doc;
    private final List<Tag> tags = new ArrayList<>();
    private int at;

    private MarkupScanner(byte[] doc, int start) {
        this.doc = doc;
        this.at = start;
    }

    /** The tags of {@code doc} from {@code start}, in document order. */
    static List<Tag> scan(byte[] doc, int start) throws ConfigurationException {
        MarkupScanner s = new MarkupScanner(doc, start);
        s.run();
        return s.tags;
    }

    private void run() throws ConfigurationException {
        while (true) {
            int lt = indexOf('<', at);
            if (lt < 0) {
                return;
            }
            at = lt;
            byte next = byteAt(lt + 1);
            if (next == '?') {
                at = after("?>", lt + 2, "processing instruction");
            } else if (next == '!') {
                skipDeclaration(lt);
            } else if (next == '/') {
                endTag(lt);
            } else {
                startTag(lt);
            }
        }
    }

    private void skipDeclaration(int lt) throws ConfigurationException {
        if (startsWith("<!--", lt)) {
            at = after("-->", lt + 4, "comment");
        } else if (startsWith("<![CDATA[", lt)) {
            at = after("]]>", lt + 9, "CDATA section");
        } else {
            throw new ConfigurationException("document type declarations and entities are not allowed"
                    + " (RFC 6940, 11.1 documents need none; a DTD could expand entities or fetch files)");
        }
    }

    private void endTag(int lt) throws ConfigurationException {
        int nameEnd = nameEnd(lt + 2);
        int gt = indexOf('>', nameEnd);
        if (gt < 0) {
            throw unterminated("end tag");
        }
        tags.add(new Tag(Tag.Type.END, lt, gt + 1, lt + 2, nameEnd));
        at = gt + 1;
    }

    private void startTag(int lt) throws ConfigurationException {
        int nameEnd = nameEnd(lt + 1);
        int i = nameEnd;
        while (i < doc.length) {
            byte b = doc[i];
            if (b == '"' || b == '\'') {
                int close = indexOf(b, i + 1);
                if (close < 0) {
                    throw unterminated("attribute value");
                }
                i = close + 1;
            } else if (b == '>') {
                boolean empty = doc[i - 1] == '/';
                tags.add(new Tag(empty ? Tag.Type.EMPTY : Tag.Type.START, lt, i + 1, lt + 1, nameEnd));
                at = i + 1;
                return;
            } else {
                i++;
            }
        }
        throw unterminated("start tag");
    }

    private int nameEnd(int from) {
        int i = from;
        while (i < doc.length && !isNameTerminator(doc[i])) {
            i++;
        }
        return i;
    }

    private static boolean isNameTerminator(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '>' || b == '/';
    }

    private int after(String terminator, int from, String what) throws ConfigurationException {
        byte first = (byte) terminator.charAt(0);
        for (int i = indexOf(first, from); i >= 0; i = indexOf(first, i + 1)) {
            if (startsWith(terminator, i)) {
                return i + terminator.length();
            }
        }
        throw unterminated(what);
    }

    private boolean startsWith(String s, int from) {
        if (from + s.length() > doc.length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (doc[from + i] != (byte) s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(int b, int from) {
        for (int i = from; i < doc.length; i++) {
            if (doc[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private byte byteAt(int i) {
        return i < doc.length ? doc[i] : 0;
    }

    private static ConfigurationException unterminated(String what) {
        return new ConfigurationException("not well-formed XML: unterminated " + what);
    }
}
