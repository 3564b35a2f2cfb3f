package org.reloadj.core.node;

import java.lang.System.Logger.Level;
import java.util.EnumMap;
import java.util.Map;

/** Counts dropped messages by reason (see {@link DropReason}). Event-loop confined. */
public final class DropCounter {
    private static final System.Logger LOG = System.getLogger("org.reloadj.core.node");

    private final Map<DropReason, Long> counts = new EnumMap<>(DropReason.class);

    DropCounter() {
    }

    /** Counts one drop. */
    void drop(DropReason reason, String detail) {
        counts.merge(reason, 1L, Long::sum);
        LOG.log(Level.DEBUG, () -> "dropped (" + reason + "): " + detail);
    }

    /** The number of messages dropped for {@code reason}. */
    public long count(DropReason reason) {
        return counts.getOrDefault(reason, 0L);
    }

    /** The number of messages dropped for any reason. */
    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public String toString() {
        return counts.toString();
    }
}
