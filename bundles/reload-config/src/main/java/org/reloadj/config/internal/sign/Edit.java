package org.reloadj.config.internal.sign;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/**
 * A change to a document's bytes: the range {@code start..end} replaced by {@code text}
 * ({@code start == end} inserts).
 *
 * @param start first byte replaced
 * @param end   after the last byte replaced
 * @param text  what comes instead
 */
record Edit(int start, int end, String text) {

    /** Applies non-overlapping edits to {@code doc}; everything else stays byte for byte. */
    static byte[] apply(byte[] doc, List<Edit> edits) {
        List<Edit> sorted = edits.stream()
                .sorted(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end)).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream(doc.length + 4096);
        int at = 0;
        for (Edit e : sorted) {
            if (e.start < at) {
                throw new IllegalStateException("overlapping edits at byte " + e.start);
            }
            out.write(doc, at, e.start - at);
            out.writeBytes(e.text.getBytes(StandardCharsets.UTF_8));
            at = e.end;
        }
        out.write(doc, at, doc.length - at);
        return out.toByteArray();
    }
}
