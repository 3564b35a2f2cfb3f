package org.reloadj.config.internal.xml;

/**
 * A tag found in the document's bytes: where it starts ({@code <}), where it ends (after
 * {@code >}), and where its name is.
 *
 * @param type      start, end or empty-element tag
 * @param start     offset of {@code <}
 * @param end       offset after {@code >}
 * @param nameStart offset of the first byte of the qualified name
 * @param nameEnd   offset after the qualified name
 */
record Tag(Type type, int start, int end, int nameStart, int nameEnd) {
    /** The kinds of tag. */
    enum Type {
        /** {@code <a ...>} */
        START,
        /** {@code </a>} */
        END,
        /** {@code <a .../>} */
        EMPTY
    }
}
