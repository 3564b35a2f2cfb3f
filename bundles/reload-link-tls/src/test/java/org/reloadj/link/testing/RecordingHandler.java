package org.reloadj.link.testing;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.LinkedBlockingQueue;
import org.reloadj.api.link.LinkHandler;
import org.reloadj.api.link.OverlayLink;

/** A link handler that records what happens, for tests; thread-safe. */
public final class RecordingHandler implements LinkHandler {
    public final List<OverlayLink> opened = new CopyOnWriteArrayList<>();
    public final BlockingQueue<byte[]> messages = new LinkedBlockingQueue<>();
    public final List<OverlayLink> closed = new CopyOnWriteArrayList<>();
    public final List<Throwable> causes = new CopyOnWriteArrayList<>();
    private final CountDownLatch gate;

    /** A handler that records at once. */
    public RecordingHandler() {
        this(new CountDownLatch(0));
    }

    private RecordingHandler(CountDownLatch gate) {
        this.gate = gate;
    }

    /** A handler whose first message blocks the link's thread until {@code gate} opens (at most 30 s). */
    public static RecordingHandler blockedUntil(CountDownLatch gate) {
        return new RecordingHandler(gate);
    }

    @Override
    public void onOpened(OverlayLink link) {
        opened.add(link);
    }

    @Override
    public void onMessage(OverlayLink link, byte[] message) {
        try {
            gate.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        messages.add(message);
    }

    @Override
    public void onClosed(OverlayLink link, Throwable cause) {
        closed.add(link);
        if (cause != null) {
            causes.add(cause);
        }
    }
}
