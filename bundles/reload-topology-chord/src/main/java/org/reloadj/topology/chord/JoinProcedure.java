package org.reloadj.topology.chord;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.reloadj.api.Cancellable;
import org.reloadj.api.NodeId;
import org.reloadj.api.ResourceId;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.chord.ChordUpdate;

/**
 * The joining node's side of joining (RFC 6940, 10.5), on the SPI:
 * <ol>
 * <li>the node has its link to the bootstrap node (11.4), which enters the table;</li>
 * <li>{@code attach(n+1)} reaches the admitting peer AP through it. The SPI's Attach has no
 * send_update flag, so AP's Routing Table is asked for with a RouteQuery with send_update set
 * (6.4.2.4), which AP answers with a {@code full} Update (10.8);</li>
 * <li>{@code attach} to each peer of the Neighbor Table this gives, and to n + 2^(128-i) for each
 * finger i whose peer the Neighbor Table does not already tell;</li>
 * <li>every peer reached enters the table;</li>
 * <li>a JoinReq to AP. Once AP has answered, the node is responsible for (predecessor, n], so
 * it accepts the Stores of step 6;</li>
 * <li>AP's Stores are the node's business;</li>
 * <li>AP's Update naming this node its predecessor (or, at the latest, a step timeout) ends the
 * join, and</li>
 * <li>(AP's Updates to its neighbours,)</li>
 * <li>the node sends Updates to its neighbours and {@code peer_ready} to its other peers, and
 * starts stabilizing.</li>
 * </ol>
 * A step that fails or takes over a minute starts the join over after a randomized, growing wait.
 */
final class JoinProcedure {
    /** How long one step may take before the attempt is given up. */
    static final Duration STEP_TIMEOUT = Duration.ofSeconds(60);
    private static final System.Logger LOG = System.getLogger(JoinProcedure.class.getName());
    private static final int MAX_BACKOFF_DOUBLINGS = 6;

    private final ChordState s;
    private final Maintenance m;
    private final Runnable onReady;
    private int attempt;
    private int failures;
    private NodeId admitting;
    private CompletableFuture<ChordUpdate> admittingTable = new CompletableFuture<>();
    private boolean awaitingAdmission;
    private boolean admittedEarly;
    private Cancellable timer;

    JoinProcedure(ChordState state, Maintenance maintenance, Runnable onReady) {
        this.s = state;
        this.m = maintenance;
        this.onReady = onReady;
    }

    /** Starts (or starts over) joining. */
    void start() {
        int current = ++attempt;
        cancelTimer();
        s.phase(Phase.JOINING);
        admitting = null;
        awaitingAdmission = false;
        admittedEarly = false;
        admittingTable = new CompletableFuture<>();
        s.context.admittingPeer().filter(b -> s.context.connectedPeers().contains(b)).ifPresent(m::reached);
        ResourceId successorPoint = s.ring.plus(s.self(), BigInteger.ONE);
        Stages.within(s.context, STEP_TIMEOUT, s.context.attach(successorPoint), "the Attach to n+1")
                .thenCompose(ap -> askForTable(current, ap, successorPoint))
                .thenCompose(table -> contactNeighborsAndFingers(current, table))
                .thenCompose(ignored -> Stages.within(s.context, STEP_TIMEOUT,
                        s.send(live(current, admitting), MessageCode.JOIN_REQ, ChordMessages.joinReq(s.self())),
                        "the Join"))
                .whenComplete((answer, failure) -> {
                    if (current == attempt) {
                        if (failure == null) {
                            admitted();
                        } else {
                            retry(failure);
                        }
                    }
                });
    }

    /** Step 2: AP enters the table and is asked for its Routing Table. */
    private CompletionStage<ChordUpdate> askForTable(int current, NodeId ap, ResourceId successorPoint) {
        admitting = live(current, ap);
        m.reached(ap);
        s.send(ap, MessageCode.ROUTE_QUERY_REQ, ChordMessages.routeQueryReq(true, successorPoint));
        return Stages.within(s.context, STEP_TIMEOUT, admittingTable, "the admitting peer's Update");
    }

    /** Steps 3 and 4: Attaches to the neighbours-to-be and to the finger targets beyond them. */
    private CompletionStage<Void> contactNeighborsAndFingers(int current, ChordUpdate apTable) {
        live(current, apTable);
        Set<NodeId> known = new LinkedHashSet<>(s.table.peers());
        known.add(admitting);
        known.addAll(apTable.predecessors());
        known.addAll(apTable.successors());
        known.addAll(apTable.fingers());
        Neighbors prospective = s.table.prospective(known);
        List<CompletionStage<Void>> contacts = new ArrayList<>();
        prospective.members().forEach(n -> contacts.add(m.attach(n)));
        FingerTable fingers = s.table.fingerTable();
        for (int i = 1; i <= fingers.size(); i++) {
            ResourceId target = fingers.start(i);
            if (!tells(prospective, target)) {
                contacts.add(m.attach(target));
            }
        }
        return Stages.allSettled(List.of(Stages.within(s.context, STEP_TIMEOUT, Stages.allSettled(contacts),
                "the Attaches to neighbours and fingers")));
    }

    /**
     * Whether the Neighbor Table tells who is responsible for {@code id}: it lies between the most
     * distant predecessor and the most distant successor, or the table spans the whole ring.
     */
    private boolean tells(Neighbors table, ResourceId id) {
        List<NodeId> preds = table.predecessors();
        List<NodeId> succs = table.successors();
        if (preds.isEmpty() || succs.isEmpty() || preds.stream().anyMatch(succs::contains)) {
            return true;
        }
        return s.ring.inHalfOpen(id, preds.get(preds.size() - 1), succs.get(succs.size() - 1));
    }

    /** Step 5 answered: the node is in the ring; it waits for AP's Update of step 7. */
    private void admitted() {
        failures = 0;
        s.phase(Phase.JOINED);
        s.churn.joined(s.now());
        m.replication().now();
        awaitingAdmission = true;
        timer = s.context.schedule(STEP_TIMEOUT, this::ready);
        if (admittedEarly) {
            ready();
        }
    }

    /**
     * An Update arrived while joining: AP's table (step 2), or AP's Update naming this node its
     * predecessor (step 7).
     */
    void onUpdate(NodeId sender, ChordUpdate update) {
        if (!sender.equals(admitting)) {
            return;
        }
        admittingTable.complete(update);
        if (update.predecessors().contains(s.self())) {
            if (awaitingAdmission) {
                ready();
            } else {
                // AP's Update of step 7 may be handled before its JoinAns completes the Join here
                admittedEarly = true;
            }
        }
    }

    /** Step 9: tell the neighbours, start stabilizing. */
    private void ready() {
        if (!awaitingAdmission) {
            return;
        }
        awaitingAdmission = false;
        cancelTimer();
        m.announceArrival();
        onReady.run();
    }

    private void retry(Throwable failure) {
        failures++;
        long base = 1L << Math.min(failures, MAX_BACKOFF_DOUBLINGS);
        Duration wait = Duration.ofMillis((long) (base * 1000 * (1 + s.context.random().nextDouble())));
        LOG.log(System.Logger.Level.DEBUG, () -> s.self() + ": join attempt " + failures + " failed ("
                + Stages.unwrap(failure) + "); trying again in " + wait.toMillis() + " ms");
        timer = s.context.schedule(wait, () -> {
            if (s.phase() == Phase.JOINING) {
                start();
            }
        });
    }

    /** Whether the join is over but for AP's Update of step 7. */
    boolean awaitingAdmission() {
        return awaitingAdmission;
    }

    /** Abandons any attempt under way (the node leaves). */
    void stop() {
        attempt++;
        awaitingAdmission = false;
        cancelTimer();
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    /** {@code value}, if attempt {@code current} is still the one under way. */
    private <T> T live(int current, T value) {
        if (current != attempt) {
            throw new CancellationException("join attempt " + current + " was abandoned");
        }
        return value;
    }
}
