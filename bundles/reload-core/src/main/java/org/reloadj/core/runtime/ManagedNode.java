package org.reloadj.core.runtime;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.reloadj.api.kind.UsageDefinition;
import org.reloadj.api.link.OverlayLinkProvider;
import org.reloadj.api.topology.TopologyPlugin;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.signature.CertificateSource;

/**
 * A node kept running from the plug-ins that come and go (architecture principle 4: the service
 * registry is the plug-in system): it starts once a link provider of its link type and a topology
 * plug-in of its configuration's algorithm are there, and joins, retrying until its bootstrap
 * node answers; it adds and removes usages at once; it replaces its topology when the plug-in
 * goes and comes back (rejoining, keeping its data); it stops when its link provider goes and
 * starts again when one is back. Plain Java, fed by the OSGi component's dynamic references.
 *
 * <p>Every change is handled, in order, on one thread of its own; the listener hears on it too.
 */
public final class ManagedNode implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("org.reloadj.core.runtime");
    private static final Duration RETRY = Duration.ofSeconds(2);

    /** Hears when the node is ready (joined the first time) and when it is gone. */
    public interface Listener {
        /** The node joined its overlay; it runs until {@link #gone}. */
        void ready(RunningNode node);

        /** The node stopped (its link provider went, or the managed node was closed). */
        void gone(RunningNode node);
    }

    private final NodeOptions options;
    private final String algorithm;
    private final Duration joinTimeout;
    private final Listener listener;
    private final CertificateSources certificates = new CertificateSources();
    private final ScheduledExecutorService control;
    private List<TopologyPlugin> plugins = List.of();
    private List<OverlayLinkProvider> providers = List.of();
    private List<UsageDefinition> usages = List.of();
    private final Set<UsageDefinition> added = new HashSet<>();
    private RunningNode node;
    private OverlayLinkProvider provider;
    private Optional<TopologyPlugin> plugin = Optional.empty();
    private boolean starting;
    private boolean ready;
    private boolean closed;
    private int generation;

    /** A node of {@code options}, not started until its plug-ins are given. */
    public ManagedNode(NodeOptions options, Duration joinTimeout, Listener listener) {
        this.options = Objects.requireNonNull(options, "options");
        this.algorithm = options.configuration().topologyPlugin();
        this.joinTimeout = Objects.requireNonNull(joinTimeout, "joinTimeout");
        this.listener = Objects.requireNonNull(listener, "listener");
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "reloadj-node-control");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        this.control = executor;
    }

    /** The topology plug-ins present now. */
    public void topologyPlugins(List<TopologyPlugin> present) {
        List<TopologyPlugin> copy = List.copyOf(present);
        run(() -> {
            plugins = copy;
            reconcile();
        });
    }

    /** The link providers present now. */
    public void linkProviders(List<OverlayLinkProvider> present) {
        List<OverlayLinkProvider> copy = List.copyOf(present);
        run(() -> {
            providers = copy;
            reconcile();
        });
    }

    /** The usages present now: the node's kinds follow them at once. */
    public void usages(List<UsageDefinition> present) {
        List<UsageDefinition> copy = List.copyOf(present);
        run(() -> {
            usages = copy;
            syncUsages();
        });
    }

    /** The certificate sources the node's signature verification asks (6.3.4), present now. */
    public void certificateSources(List<CertificateSource> present) {
        certificates.set(present);
    }

    /** Stops the node, if it runs, and the control thread. */
    @Override
    public void close() {
        run(() -> {
            closed = true;
            stop();
        });
        control.shutdown();
        try {
            control.awaitTermination(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(Runnable change) {
        if (!control.isShutdown()) {
            control.execute(() -> {
                try {
                    change.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.ERROR, "node of " + options.overlayName() + ": " + e.getMessage(), e);
                }
            });
        }
    }

    private void later(Runnable change) {
        if (!control.isShutdown()) {
            control.schedule(() -> run(change), RETRY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void reconcile() {
        if (closed) {
            return;
        }
        if (node != null && !providers.contains(provider)) {
            LOG.log(Level.INFO, "link provider " + options.linkType() + " gone: stopping " + node);
            stop();
        }
        Optional<TopologyPlugin> wanted = plugin.filter(plugins::contains)
                .or(() -> plugins.stream().filter(p -> algorithm.equals(p.algorithm())).findFirst());
        if (node == null) {
            if (!starting) {
                providers.stream().filter(p -> options.linkType().equals(p.linkType())).findFirst()
                        .ifPresent(p -> wanted.ifPresent(t -> start(p, t)));
            }
        } else if (!wanted.equals(plugin)) {
            LOG.log(Level.INFO, wanted.isPresent() ? "topology plug-in " + algorithm + " back: " + node + " rejoins"
                    : "topology plug-in " + algorithm + " gone: " + node + " detached, keeping its data");
            plugin = wanted;
            node.replaceTopology(wanted);
        }
    }

    private void start(OverlayLinkProvider links, TopologyPlugin topology) {
        starting = true;
        int attempt = ++generation;
        CompletionStage<RunningNode> started;
        try {
            started = RunningNode.start(options, links, Optional.of(topology), certificates);
        } catch (ReloadSecurityException | RuntimeException e) {
            LOG.log(Level.ERROR, "cannot build the node of " + options.overlayName() + ": " + e.getMessage(), e);
            starting = false;
            return;
        }
        started.whenComplete((running, failure) -> run(() -> {
            starting = false;
            if (failure != null) {
                LOG.log(Level.WARNING, "the node of " + options.overlayName() + " cannot listen on "
                        + options.listen() + ": " + failure.getMessage() + "; trying again");
                later(this::reconcile);
            } else if (closed || attempt != generation || !providers.contains(links)) {
                running.close();
                reconcile();
            } else {
                node = running;
                provider = links;
                plugin = Optional.of(topology);
                syncUsages();
                join(running);
                reconcile();
            }
        }));
    }

    private void join(RunningNode running) {
        running.join(joinTimeout).whenComplete((status, failure) -> run(() -> {
            if (node != running) {
                return;
            }
            if (failure != null) {
                LOG.log(Level.WARNING, running + " has not joined yet (" + failure.getMessage() + "); trying again");
                later(() -> {
                    if (node == running && !ready) {
                        join(running);
                    }
                });
            } else if (!ready) {
                ready = true;
                LOG.log(Level.INFO, running + " joined: " + status);
                listener.ready(running);
            }
        }));
    }

    private void syncUsages() {
        if (node == null) {
            return;
        }
        for (UsageDefinition usage : usages) {
            if (added.add(usage)) {
                node.usages().add(usage);
            }
        }
        added.removeIf(usage -> {
            if (usages.contains(usage)) {
                return false;
            }
            node.usages().remove(usage);
            return true;
        });
    }

    private void stop() {
        if (node == null) {
            return;
        }
        RunningNode stopping = node;
        boolean wasReady = ready;
        node = null;
        provider = null;
        plugin = Optional.empty();
        ready = false;
        added.clear();
        generation++;
        if (wasReady) {
            listener.gone(stopping);
        }
        stopping.close();
    }
}
