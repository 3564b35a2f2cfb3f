package org.reloadj.config.internal.write;

import org.reloadj.api.Opaque;

/** Appends indented XML to a buffer: the few shapes the configuration writer needs. */
final class XmlOut {
    private final StringBuilder sb = new StringBuilder();

    /** Appends {@code depth} levels of two-space indentation. */
    XmlOut indent(int depth) {
        sb.append("  ".repeat(depth));
        return this;
    }

    /** Appends raw markup. */
    XmlOut raw(String markup) {
        sb.append(markup);
        return this;
    }

    /** Appends {@code name="value"} with a leading space. */
    XmlOut attribute(String name, String value) {
        sb.append(' ').append(name).append("=\"");
        XmlText.escapeAttribute(value, sb);
        sb.append('"');
        return this;
    }

    /** Appends a line {@code <name>text</name>}. */
    XmlOut textElement(int depth, String name, String text) {
        indent(depth).raw("<" + name + ">");
        XmlText.escapeText(text, sb);
        return raw("</" + name + ">\n");
    }

    /** Appends a line {@code <name attributes>base64</name>}, the base64 wrapped onto lines. */
    XmlOut base64Element(int depth, String startTag, String name, Opaque value) {
        String indent = "  ".repeat(depth);
        return raw(indent).raw(Base64Element.of(startTag, name, value, indent)).raw("\n");
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
