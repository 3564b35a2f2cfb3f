package org.reloadj.wire.io;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Reads and writes vectors of structures ({@code T items<0..2^N-1>}, RFC 6940, 6.3.1): a byte
 * length, then items until exactly that many bytes are used.
 */
public final class Vectors {
    private Vectors() {
    }

    /** Decodes one item from a reader. */
    @FunctionalInterface
    public interface ItemReader<T> {
        /** Reads one item. */
        T read(WireReader r) throws WireException;
    }

    /**
     * Reads a vector whose length takes {@code lengthBytes} bytes. The item count is bounded by
     * the bytes present, so a forged length cannot make this allocate more than the input holds.
     */
    public static <T> List<T> read(WireReader r, int lengthBytes, String what, ItemReader<T> item) throws WireException {
        return readAll(r.readVector(lengthBytes, what), item);
    }

    /** Reads items until {@code r} is finished. */
    public static <T> List<T> readAll(WireReader r, ItemReader<T> item) throws WireException {
        if (r.isFinished()) {
            return List.of();
        }
        List<T> items = new ArrayList<>(Math.min(r.remaining(), 16));
        while (!r.isFinished()) {
            items.add(item.read(r));
        }
        return List.copyOf(items);
    }

    /** Writes a vector: a length of {@code lengthBytes} bytes, then each item. */
    public static <T> void write(WireWriter w, int lengthBytes, String what, List<T> items, BiConsumer<T, WireWriter> item) {
        int at = w.beginLength(lengthBytes);
        for (T t : items) {
            item.accept(t, w);
        }
        w.endLength(at, lengthBytes, what);
    }
}
