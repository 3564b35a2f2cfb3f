package org.reloadj.config.internal.xml;

import org.reloadj.api.Opaque;

/**
 * A byte range of the document: from the {@code <} of an element's start tag to after the
 * {@code >} of its end tag.
 *
 * @param start the first byte
 * @param end   after the last byte
 */
public record Span(int start, int end) {
    /** Checks the range is in order. */
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** The bytes of this span of {@code document}, as a view. */
    public Opaque of(byte[] document) {
        return Opaque.wrap(document, start, end - start);
    }
}
