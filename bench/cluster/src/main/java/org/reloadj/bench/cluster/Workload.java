package org.reloadj.bench.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;
import org.reloadj.api.overlay.KindValues;
import org.reloadj.api.overlay.Query;
import org.reloadj.api.overlay.Slot;
import org.reloadj.api.overlay.StoredValue;
import org.reloadj.core.runtime.RunningNode;
import org.reloadj.core.storage.AccessControl;

/**
 * The store-then-fetch workload, through each node's application API (RFC 6940, 7.4): values stored
 * from random nodes, each at a NODE-MULTIPLE Resource-ID of its storer (7.3.4), then fetched, each
 * from a random node other than its storer, one at a time or with several in flight.
 */
final class Workload {
    private static final Duration LIFETIME = Duration.ofHours(1);
    private static final long TIMEOUT_SECONDS = 30;

    private final List<RunningNode> nodes;
    private final SplittableRandom random;
    private final int valueBytes;
    private final int[] used;

    Workload(List<RunningNode> nodes, int valueBytes, long seed) {
        this.nodes = nodes;
        this.random = new SplittableRandom(seed);
        this.valueBytes = valueBytes;
        this.used = new int[nodes.size()];
    }

    /** A value stored: by which node, where, and what. */
    record Item(int storer, ResourceId resource, Opaque value) {
    }

    /** Stores {@code count} values one at a time; {@code stored} receives those whose Store succeeded. */
    Phase store(int count, List<Item> stored) throws InterruptedException {
        Latencies latencies = new Latencies(count);
        int successes = 0;
        long start = System.nanoTime();
        for (int k = 0; k < count; k++) {
            Item item = next();
            KindValues values = new KindValues(ClusterDocument.KIND, 0,
                    List.of(StoredValue.of(new Slot.Single(), item.value(), Instant.now(), LIFETIME)));
            long t0 = System.nanoTime();
            boolean ok = await(nodes.get(item.storer()).overlay().store(item.resource(), List.of(values))
                    .toCompletableFuture()) != null;
            latencies.record(k, System.nanoTime() - t0);
            if (ok) {
                successes++;
                stored.add(item);
            }
        }
        return new Phase(latencies, count, successes, System.nanoTime() - start);
    }

    /** Fetches every item once, one at a time. */
    Phase fetchSequentially(List<Item> items) throws InterruptedException {
        Latencies latencies = new Latencies(items.size());
        int successes = 0;
        long start = System.nanoTime();
        for (int k = 0; k < items.size(); k++) {
            Item item = items.get(k);
            int from = otherThan(item.storer());
            long t0 = System.nanoTime();
            List<KindValues> answer = await(fetch(from, item));
            latencies.record(k, System.nanoTime() - t0);
            if (holds(answer, item.value())) {
                successes++;
            }
        }
        return new Phase(latencies, items.size(), successes, System.nanoTime() - start);
    }

    /** Fetches every item once, keeping {@code concurrency} fetches in flight until all are done. */
    Phase fetchConcurrently(List<Item> items, int concurrency) throws InterruptedException {
        Latencies latencies = new Latencies(items.size());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger successes = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(items.size());
        int[] from = new int[items.size()];
        for (int k = 0; k < items.size(); k++) {
            from[k] = otherThan(items.get(k).storer());
        }
        Runnable[] launcher = new Runnable[1];
        launcher[0] = () -> {
            int k = next.getAndIncrement();
            if (k >= items.size()) {
                return;
            }
            Item item = items.get(k);
            long t0 = System.nanoTime();
            fetch(from[k], item).orTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).whenComplete((answer, failure) -> {
                latencies.record(k, System.nanoTime() - t0);
                if (failure == null && holds(answer, item.value())) {
                    successes.incrementAndGet();
                }
                done.countDown();
                launcher[0].run();
            });
        };
        long start = System.nanoTime();
        for (int c = 0; c < Math.min(concurrency, items.size()); c++) {
            launcher[0].run();
        }
        if (!done.await(TIMEOUT_SECONDS * 2 + items.size(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("the concurrent fetches did not end");
        }
        return new Phase(latencies, items.size(), successes.get(), System.nanoTime() - start);
    }

    private CompletableFuture<List<KindValues>> fetch(int from, Item item) {
        return nodes.get(from).overlay().fetch(item.resource(), List.of(Query.all(ClusterDocument.KIND)))
                .toCompletableFuture();
    }

    private static boolean holds(List<KindValues> answer, Opaque value) {
        return answer != null && answer.stream().filter(k -> k.kind().equals(ClusterDocument.KIND))
                .flatMap(k -> k.values().stream()).anyMatch(v -> v.exists() && v.value().equals(value));
    }

    /** The next value to store: a random storer with room left, its next NODE-MULTIPLE index, random bytes. */
    private Item next() {
        int storer;
        do {
            storer = random.nextInt(nodes.size());
        } while (used[storer] >= ClusterDocument.PER_NODE);
        used[storer]++;
        NodeId id = RingCheck.id(nodes.get(storer));
        RunningNode node = nodes.get(storer);
        ResourceId resource = node.overlay().resourceId(AccessControl.nodeMultipleName(id, used[storer]));
        byte[] value = new byte[valueBytes];
        random.nextBytes(value);
        return new Item(storer, resource, Opaque.of(value));
    }

    private int otherThan(int storer) {
        int from = random.nextInt(nodes.size() - 1);
        return from >= storer ? from + 1 : from;
    }

    /** The stage's value, or null when it failed or took longer than the timeout. */
    private static <T> T await(CompletableFuture<T> stage) throws InterruptedException {
        try {
            return stage.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /** The most values a workload over {@code nodes} nodes can store. */
    static int capacity(int nodes) {
        return nodes * ClusterDocument.PER_NODE;
    }
}
