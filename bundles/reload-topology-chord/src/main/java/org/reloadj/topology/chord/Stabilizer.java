package org.reloadj.topology.chord;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.reloadj.api.Cancellable;
import org.reloadj.api.NodeId;

/**
 * Stabilization (RFC 6940, 10.7.4), on the node's scheduler.
 *
 * <p>Without self-tuning, two timers: every {@code chord-update-interval} (randomly offset,
 * 10.7.4.1) a {@code neighbors} Update to each neighbour; every {@code chord-ping-interval} the
 * finger table is sized to reach the last successor (10.7.4.3) and one invalid finger, chosen
 * as Alternative 1 of 10.7.4.2 says, is searched for with an Attach to a random id of its range
 * (the SPI's Ping answers do not name the responder, and the finger must be attached to anyway).
 *
 * <p>With self-tuning (RFC 7363, 5 and 6), one timer: each stabilization period sends a
 * {@code neighbors} Update to the first predecessor and first successor only (5.2), searches one
 * finger, then recomputes the network size, the table sizes (6.2), the failure and join rates and
 * the next period (6.6) before restarting the timer; the first estimate is made on joining (6.1).
 *
 * <p>Partitions (10.7.4.4): in either mode, a third timer runs the {@link PartitionDetector}
 * every {@code chord-partition-check-interval} (chord-ping-interval unless configured; the RFC says
 * only "periodically"), randomly offset like the others: it contacts a bootstrap node B again
 * ({@code TopologyContext.contactBootstrapNode}), pings this peer's own id through B ({@code
 * pingVia}) and, when a peer S' of another ring answers, attaches to S' through B ({@code
 * attachVia}) and sends it an Update. And a peer that has lost every peer but is still linked to
 * some node joins again through it (10.7.1).
 */
final class Stabilizer {
    private final ChordState s;
    private final Maintenance m;
    private final PartitionDetector partitions;
    private final Runnable rejoin;
    private Cancellable updateTimer;
    private Cancellable pingTimer;
    private Cancellable partitionTimer;
    private Duration interval;
    private double networkSize = 1;

    Stabilizer(ChordState state, Maintenance maintenance, PartitionDetector partitions, Runnable rejoin) {
        this.s = state;
        this.m = maintenance;
        this.partitions = partitions;
        this.rejoin = rejoin;
        this.interval = state.config.updateInterval();
    }

    /** Starts the timers (the node has joined). */
    void start() {
        stop();
        if (s.config.selfTuning()) {
            retune();
            updateTimer = s.context.schedule(interval, this::selfTuningPeriod);
        } else {
            updateTimer = s.context.schedule(offset(s.config.updateInterval()), this::updateNeighbors);
            pingTimer = s.context.schedule(offset(s.config.pingInterval()), this::refreshFingers);
        }
        partitionTimer = s.context.schedule(offset(s.config.partitionCheckInterval()), this::checkPartition);
    }

    /** Stops the timers. */
    void stop() {
        if (updateTimer != null) {
            updateTimer.cancel();
        }
        if (pingTimer != null) {
            pingTimer.cancel();
        }
        if (partitionTimer != null) {
            partitionTimer.cancel();
        }
        updateTimer = null;
        pingTimer = null;
        partitionTimer = null;
    }

    /** The current stabilization period (RFC 7363, 6.6), or chord-update-interval without self-tuning. */
    Duration interval() {
        return interval;
    }

    /** The last network size estimate (RFC 7363, 6.1). */
    double networkSize() {
        return networkSize;
    }

    private void updateNeighbors() {
        if (s.phase() == Phase.JOINED) {
            m.sendUpdates(s.table.neighbors().members(), s.neighborsUpdate());
            updateTimer = s.context.schedule(offset(s.config.updateInterval()), this::updateNeighbors);
        }
    }

    private void refreshFingers() {
        if (s.phase() == Phase.JOINED) {
            List<NodeId> successors = s.table.neighbors().successors();
            if (!successors.isEmpty()) {
                FingerTable fingers = s.table.fingerTable();
                fingers.resize(fingers.sizeToReach(successors.get(successors.size() - 1)));
            }
            searchFingerOrRejoin();
            pingTimer = s.context.schedule(offset(s.config.pingInterval()), this::refreshFingers);
        }
    }

    private void checkPartition() {
        if (s.phase() == Phase.JOINED) {
            partitions.check();
            partitionTimer = s.context.schedule(offset(s.config.partitionCheckInterval()), this::checkPartition);
        }
    }

    private void selfTuningPeriod() {
        if (s.phase() == Phase.JOINED) {
            Set<NodeId> nearest = new LinkedHashSet<>();
            s.table.neighbors().predecessor().ifPresent(nearest::add);
            s.table.neighbors().successor().ifPresent(nearest::add);
            m.sendUpdates(nearest, s.neighborsUpdate());
            searchFingerOrRejoin();
            retune();
            updateTimer = s.context.schedule(interval, this::selfTuningPeriod);
        }
    }

    /** RFC 7363, 6: the estimates, the table sizes and the next stabilization period. */
    void retune() {
        networkSize = SelfTuning.networkSize(s.ring, s.self(), s.table.neighbors());
        int lists = SelfTuning.neighborListSize(networkSize);
        s.table.fingerTable().resize(SelfTuning.fingerTableSize(networkSize));
        s.table.resizeNeighbors(lists, lists);
        m.settle(Maintenance.Cause.LEARNED);
        double failureRate = s.churn.failureRate(s.now(), s.table.size());
        double joinRate = s.churn.joinRate(networkSize, s.table.peers(), s.now());
        interval = SelfTuning.stabilizationInterval(networkSize, failureRate, joinRate, s.config.updateInterval());
    }

    /** One finger search (10.7.4.2), and a rejoin when every peer is lost but a link is left (10.7.1). */
    private void searchFingerOrRejoin() {
        s.table.fingerTable().chooseInvalid(s.table.peers(), s.context.random()).ifPresent(m::searchFinger);
        if (s.table.size() == 0 && s.context.connectedPeers().stream().anyMatch(p -> !p.equals(s.self()))) {
            rejoin.run();
        }
    }

    /** {@code period}, randomly offset between half and one and a half of it (10.7.4.1). */
    private Duration offset(Duration period) {
        return Duration.ofMillis((long) (period.toMillis() * (0.5 + s.context.random().nextDouble())));
    }
}
