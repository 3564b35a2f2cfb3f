package org.reloadj.usage.turn.internal;

import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.reloadj.api.ResourceId;
import org.reloadj.api.overlay.Overlay;
import org.reloadj.usage.turn.OverlayTurnServers;
import org.reloadj.usage.turn.TurnServers;
import org.reloadj.usage.turn.TurnServiceUsage;
import org.reloadj.usage.turn.TurnSettings;

/**
 * The TURN Server usage (RFC 6940, 9) as an OSGi service: {@link TurnServers} on the node's
 * {@link Overlay} service. When configured with the address of a TURN server this peer offers
 * (e.g. a coturn its operator runs), it advertises it as soon as an overlay is bound and again at
 * every half lifetime, so the values never expire while the peer runs.
 *
 * <p>The Overlay is a dynamic, optional reference: without one, the service's stages fail with
 * IllegalStateException. The overlay's turn-density and the TURN-SERVICE kind's
 * max-node-multiple are not visible to a usage: they are configured here (11.1 defaults: 1 and
 * 20), from the overlay's Configuration Document. One component per node, from factory
 * configurations, each naming its node with {@code overlay.target}.
 */
@Component(service = TurnServers.class, configurationPid = TurnServersComponent.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = TurnServersComponent.Config.class, factory = true)
public final class TurnServersComponent implements TurnServers {
    /** The configuration PID. */
    public static final String PID = "org.reloadj.usage.turn";

    private static final System.Logger LOG = System.getLogger("org.reloadj.usage.turn");

    private final TurnSettings settings;
    private final Optional<InetSocketAddress> server;
    private final Optional<ScheduledExecutorService> timer;
    private volatile Bound bound;

    /** The component's configuration. */
    @ObjectClassDefinition(name = "ReloadJ TURN Server usage",
            description = "TURN servers in the overlay (RFC 6940, 9) for one node")
    public @interface Config {
        /** The overlay's turn-density. */
        @AttributeDefinition(description = "The overlay configuration's turn-density (0: no TURN servers)")
        int turn_density() default TurnSettings.DEFAULT_TURN_DENSITY;

        /** The TURN-SERVICE kind's max-node-multiple. */
        @AttributeDefinition(description = "The TURN-SERVICE kind's max-node-multiple")
        int max_iteration() default TurnServiceUsage.MAX_ITERATION;

        /** How long an advertisement lives. */
        @AttributeDefinition(description = "Lifetime of an advertisement in seconds; renewed at half of it")
        long lifetime_seconds() default 3600;

        /** Random Resource-IDs probed for each server wanted. */
        @AttributeDefinition(description = "Random Resource-IDs probed for each TURN server wanted")
        int attempts() default TurnSettings.DEFAULT_ATTEMPTS;

        /** Whether a private address may be advertised. */
        @AttributeDefinition(description = "Allow advertising a private, loopback or link-local address (lab overlays)")
        boolean allow_private_addresses() default false;

        /** The TURN server this peer offers, host:port; empty for none. */
        @AttributeDefinition(description = "host:port of the TURN server this peer offers, e.g. [2001:db8::1]:3478; empty: none")
        String server_address() default "";
    }

    /** An overlay, the service on it, and the renewal of the advertisement. */
    private record Bound(Overlay overlay, TurnServers servers, Optional<ScheduledFuture<?>> renewal) {
    }

    /**
     * The component, configured by {@code config}.
     *
     * @throws IllegalArgumentException for a malformed configuration
     */
    @Activate
    public TurnServersComponent(Config config) {
        this.settings = new TurnSettings(config.turn_density(), config.max_iteration(),
                Duration.ofSeconds(config.lifetime_seconds()), config.attempts(), config.allow_private_addresses());
        this.server = config.server_address().isBlank() ? Optional.empty()
                : Optional.of(HostPort.parse(config.server_address()));
        this.timer = server.map(address -> Executors.newSingleThreadScheduledExecutor(TurnServersComponent::daemon));
    }

    private static Thread daemon(Runnable task) {
        Thread t = new Thread(task, "reloadj-turn-advertiser");
        t.setDaemon(true);
        return t;
    }

    /** Binds the node's overlay, and starts advertising the configured server on it. */
    @Reference(name = "overlay", policy = ReferencePolicy.DYNAMIC, cardinality = ReferenceCardinality.OPTIONAL,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindOverlay(Overlay overlay) {
        unbind();
        TurnServers servers = new OverlayTurnServers(overlay, settings, Clock.systemUTC(), new SecureRandom());
        long period = Math.max(1, settings.lifetime().getSeconds() / 2);
        bound = new Bound(overlay, servers, timer.map(t -> t.scheduleAtFixedRate(
                () -> advertise(servers, server.get()), 0, period, TimeUnit.SECONDS)));
    }

    /** Unbinds the node's overlay, and stops advertising on it. */
    void unbindOverlay(Overlay overlay) {
        Bound b = bound;
        if (b != null && b.overlay() == overlay) {
            unbind();
        }
    }

    private void unbind() {
        Bound b = bound;
        bound = null;
        if (b != null) {
            b.renewal().ifPresent(r -> r.cancel(false));
        }
    }

    /**
     * Stops the renewals. The advertisements are left to expire: the overlay may be going away
     * too, and a withdrawal could not be waited for.
     */
    @Deactivate
    void deactivate() {
        unbind();
        timer.ifPresent(ScheduledExecutorService::shutdownNow);
    }

    private static void advertise(TurnServers servers, InetSocketAddress address) {
        servers.advertise(address).whenComplete((stored, failure) -> {
            if (failure != null) {
                LOG.log(Level.WARNING, "advertising the TURN server " + address + " failed: " + failure);
            }
        });
    }

    @Override
    public CompletionStage<List<ResourceId>> advertise(InetSocketAddress address) {
        return withServers(s -> s.advertise(address));
    }

    @Override
    public CompletionStage<Void> withdraw() {
        return withServers(TurnServers::withdraw);
    }

    @Override
    public CompletionStage<Optional<Server>> discover() {
        return withServers(TurnServers::discover);
    }

    @Override
    public CompletionStage<List<Server>> discover(int count) {
        return withServers(s -> s.discover(count));
    }

    private <T> CompletionStage<T> withServers(Function<TurnServers, CompletionStage<T>> call) {
        Bound b = bound;
        return b == null ? CompletableFuture.failedFuture(new IllegalStateException("no overlay to use"))
                : call.apply(b.servers());
    }
}
