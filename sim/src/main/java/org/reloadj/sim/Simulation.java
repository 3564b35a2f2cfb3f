package org.reloadj.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.reloadj.core.net.InMemoryNetwork;
import org.reloadj.core.time.VirtualScheduler;
import org.reloadj.wire.io.WireContext;

/**
 * One run of the simulator (issue 6): N real nodes with CHORD-RELOAD (RFC 6940, 10) over the
 * in-memory network, on one virtual-time scheduler, in one thread.
 *
 * <ol>
 * <li>The ring grows: the first peer takes the whole ring, the others join in waves, each through
 * a random peer of the ring by the real bootstrap and join procedures (11.4, 10.5); nothing builds
 * a routing table by hand. A minute of virtual time lets the last Updates settle.</li>
 * <li>Items are stored from random peers and replicated by the peers themselves (10.4).</li>
 * <li>The workload runs for the options' duration: lookups spread evenly over it and, with churn,
 * peers failing and new ones joining.</li>
 * <li>Every stored item is fetched from a random peer; those not found are lost.</li>
 * </ol>
 * Every random choice follows the seed and nothing depends on the wall clock, so the same options
 * give the same figures but for {@code wall_s} and {@code heap_mb}.
 */
public final class Simulation {
    private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");
    /** The time step while waiting for joins. */
    private static final Duration STEP = Duration.ofMillis(100);
    /** The step of the workload phase, between progress lines. */
    private static final Duration WORKLOAD_STEP = Duration.ofSeconds(10);
    /** Lets Updates, replicas and hand-overs in flight arrive. */
    private static final Duration SETTLE = Duration.ofMinutes(1);
    /** Longer than a request can live (RFC 6940, 6.2.1: 15 s), so every request has its outcome. */
    private static final Duration DRAIN = Duration.ofSeconds(30);
    /** The longest a wave of joins is waited for. */
    private static final Duration WAVE_LIMIT = Duration.ofMinutes(10);

    private final SimOptions options;
    private final Progress progress;
    private final SplittableRandom random;
    private final VirtualScheduler scheduler = new VirtualScheduler(START);
    private final InMemoryNetwork network;
    private final MaintenanceCounter maintenance = new MaintenanceCounter();
    private final SimRing ring;
    private final Fetcher fetcher;

    private Simulation(SimOptions options, Consumer<String> progressLines) {
        this.options = options;
        this.progress = new Progress(progressLines);
        this.random = new SplittableRandom(options.seed());
        this.network = new InMemoryNetwork(scheduler, random.nextLong());
        network.setLatency(options.latency());
        SimPeers peers = new SimPeers(scheduler, network, SimSecurity.of(options.security(), scheduler.clock()),
                maintenance, random.split(), options.updateInterval());
        this.ring = new SimRing(peers, scheduler, network, random.split());
        this.fetcher = new Fetcher(new WireContext(SimPeers.NODE_ID_LENGTH, WireContext.DEFAULT_MAX_MESSAGE_SIZE,
                peers.usages().kindModels()));
    }

    /**
     * Runs the simulation of {@code options}.
     *
     * @param progressLines takes a line now and then about how far the run is
     */
    public static SimResult run(SimOptions options, Consumer<String> progressLines) {
        return new Simulation(options, progressLines).run();
    }

    private SimResult run() {
        progress.say("signatures: " + options.security().description());
        grow();
        advance(SETTLE);
        Items items = new Items(ring, random.split(), fetcher);
        items.store(options.items());
        advance(DRAIN);
        Lookups lookups = new Lookups(ring, scheduler, random.split(), fetcher);
        Optional<Churn> churn = options.churnMedian().map(m -> new Churn(ring, scheduler, random.split(), m));
        maintenance.reset();
        long framesBefore = network.framesCarried();
        lookups.spread(options.lookups(), options.duration());
        churn.ifPresent(Churn::start);
        workload(lookups, churn);
        churn.ifPresent(Churn::stop);
        double perNodeSecond = (double) options.nodes() * options.duration().toMillis() / 1000;
        double maintenancePerNode = maintenance.requests() / perNodeSecond;
        double framesPerNode = (network.framesCarried() - framesBefore) / perNodeSecond;
        advance(DRAIN);
        items.check();
        advance(DRAIN);
        LookupStats stats = lookups.stats();
        double wall = progress.wallSeconds();
        double cpu = progress.cpuSeconds();
        System.gc();
        return new SimResult(options, stats.count(), stats.successRate(), stats.meanHops(), stats.p99Hops(),
                stats.failures(), stats.wrongResponder(), items.stored(), items.lost(),
                churn.map(Churn::failures).orElse(0), ring.size() - ring.joined(), maintenancePerNode, framesPerNode,
                Duration.between(START, scheduler.clock().instant()).toMillis() / 1000.0, wall, cpu,
                Progress.heapMegabytes());
    }

    /** Grows the ring to the options' size in waves of joins. */
    private void grow() {
        ring.first();
        while (ring.size() < options.nodes()) {
            int n = Math.min(options.joinWave(), Math.min(options.nodes() - ring.size(), ring.joined()));
            List<SimPeer> wave = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                wave.add(ring.joinNew());
            }
            Instant limit = scheduler.clock().instant().plus(WAVE_LIMIT);
            while (wave.stream().anyMatch(p -> !p.isJoined()) && scheduler.clock().instant().isBefore(limit)) {
                scheduler.advance(STEP);
            }
            progress.maybe(() -> String.format("joined %d of %d peers, %.0f s virtual, heap %d MB", ring.joined(),
                    options.nodes(), virtualSeconds(), Progress.heapMegabytes()));
        }
        progress.say(String.format("ring of %d peers grown (%d joined), %.0f s virtual, %.0f maintenance requests "
                + "and %.0f frames a peer", ring.size(), ring.joined(), virtualSeconds(),
                (double) maintenance.requests() / ring.size(), (double) network.framesCarried() / ring.size()));
    }

    /** Runs the workload phase, saying how far it is. */
    private void workload(Lookups lookups, Optional<Churn> churn) {
        Instant end = scheduler.clock().instant().plus(options.duration());
        while (scheduler.clock().instant().isBefore(end)) {
            Duration left = Duration.between(scheduler.clock().instant(), end);
            scheduler.advance(left.compareTo(WORKLOAD_STEP) < 0 ? left : WORKLOAD_STEP);
            progress.maybe(() -> String.format("workload %.0f of %d s virtual: %d lookups sent, %d peers failed, "
                    + "heap %d MB", options.duration().toSeconds() - (double) Duration.between(
                            scheduler.clock().instant(), end).toSeconds(), options.duration().toSeconds(),
                    lookups.stats().count(), churn.map(Churn::failures).orElse(0), Progress.heapMegabytes()));
        }
    }

    private void advance(Duration span) {
        scheduler.advance(span);
    }

    private double virtualSeconds() {
        return Duration.between(START, scheduler.clock().instant()).toMillis() / 1000.0;
    }
}
