package org.reloadj.config.internal.write;

/** Escapes text and attribute values for XML 1.0. */
public final class XmlText {
    private XmlText() {
    }

    /** Appends {@code text} as element content. */
    public static void escapeText(String text, StringBuilder out) {
        escape(text, out, false);
    }

    /** Appends {@code value} for a double-quoted attribute. */
    public static void escapeAttribute(String value, StringBuilder out) {
        escape(value, out, true);
    }

    private static void escape(String s, StringBuilder out, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\r' -> out.append("&#13;");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> out.append(c);
            }
        }
    }
}
