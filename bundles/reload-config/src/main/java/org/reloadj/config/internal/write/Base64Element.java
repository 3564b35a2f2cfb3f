package org.reloadj.config.internal.write;

import java.util.Base64;
import org.reloadj.api.Opaque;

/**
 * A base64 element ({@code root-cert}, {@code signature}, {@code kind-signature}): short values on
 * the element's line, longer ones in lines of 64 characters indented one step deeper
 * ({@code xsd:base64Binary} allows white space between the characters).
 */
public final class Base64Element {
    private static final int LINE = 64;

    private Base64Element() {
    }

    /**
     * The element from {@code startTag} to its end tag, for an element whose line starts with
     * {@code indent}; no line break after the end tag.
     */
    public static String of(String startTag, String name, Opaque value, String indent) {
        String b64 = Base64.getEncoder().encodeToString(value.toByteArray());
        StringBuilder sb = new StringBuilder(startTag);
        if (b64.length() <= LINE) {
            return sb.append(b64).append("</").append(name).append('>').toString();
        }
        sb.append('\n');
        for (int i = 0; i < b64.length(); i += LINE) {
            sb.append(indent).append("  ").append(b64, i, Math.min(b64.length(), i + LINE)).append('\n');
        }
        return sb.append(indent).append("</").append(name).append('>').toString();
    }
}
