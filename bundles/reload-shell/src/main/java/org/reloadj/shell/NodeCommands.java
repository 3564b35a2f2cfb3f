package org.reloadj.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.reloadj.api.Identifier;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;
import org.reloadj.api.kind.KindDefinition;
import org.reloadj.api.node.NodeStatus;
import org.reloadj.api.node.OverlayNode;
import org.reloadj.api.overlay.KindMetadata;
import org.reloadj.api.overlay.KindValues;
import org.reloadj.api.overlay.PingResult;
import org.reloadj.api.overlay.StoreResult;
import org.reloadj.api.overlay.StoredValue;

/**
 * The operator's commands on one node: each prints its result to {@code out}, a failure to
 * {@code err} (a RELOAD error by its name), and returns an exit status: {@value #OK},
 * {@value #FAILED} for a failure, {@value #USAGE} for arguments it cannot read. The Gogo
 * commands and the command-line client both run them, so they read and print alike.
 */
public final class NodeCommands {
    /** Exit status: done. */
    public static final int OK = 0;
    /** Exit status: the overlay answered with an error, or did not answer. */
    public static final int FAILED = 1;
    /** Exit status: the arguments are not understood. */
    public static final int USAGE = 2;
    /** The commands, for help texts. */
    public static final List<String> NAMES = List.of("status", "neighbors", "fingers", "kinds", "ping", "route",
            "store", "fetch", "stat", "find", "trace", "leave");
    /** How long a value stored lives (RFC 6940, 7: lifetime). */
    public static final Duration LIFETIME = Duration.ofDays(1);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final OverlayNode node;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    /** Commands on {@code node}, printing to {@code out} and {@code err}. */
    public NodeCommands(OverlayNode node, PrintStream out, PrintStream err) {
        this(node, out, err, Clock.systemUTC());
    }

    /** Commands whose stored values are stamped by {@code clock}. */
    public NodeCommands(OverlayNode node, PrintStream out, PrintStream err, Clock clock) {
        this.node = node;
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    /** Runs the command {@code words.get(0)} with the rest as its arguments. */
    public int run(List<String> words) {
        if (words.isEmpty()) {
            return usage("name a command: " + String.join(", ", NAMES));
        }
        List<String> args = words.subList(1, words.size());
        try {
            return dispatch(words.get(0), args);
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
    }

    private int dispatch(String command, List<String> args) {
        switch (command) {
            case "status":
                return status();
            case "neighbors":
                return ids(node.neighbors(), "no neighbour");
            case "fingers":
                return ids(node.fingers(), "no finger");
            case "kinds":
                return kinds();
            case "ping":
                return ping(Arguments.of(args, 1, 1).positional(0));
            case "route":
                return route(Arguments.of(args, 1, 1).positional(0));
            case "store":
                return store(Arguments.of(args, 3, 3, "--index", "--key"));
            case "fetch":
                return fetch(Arguments.of(args, 2, 2));
            case "stat":
                return stat(Arguments.of(args, 2, 2));
            case "find":
                return find(Arguments.of(args, 2, 2));
            case "trace":
                return trace(Arguments.of(args, 1, 2));
            case "leave":
                return leave();
            default:
                return usage("no command " + command + "; the commands are " + String.join(", ", NAMES));
        }
    }

    /** Prints the node's state. */
    public int status() {
        NodeStatus s = node.status();
        out.println("overlay    " + s.overlayName());
        out.println("node-id    " + s.nodeId());
        out.println("user       " + s.userName());
        out.println("role       " + (s.client() ? "client" : "peer") + ", "
                + (s.joined() ? (s.client() ? "linked" : "joined") : "not joined"));
        out.println("address    " + s.address().map(a -> a.getHostString() + ":" + a.getPort()).orElse("-"));
        out.println("topology   " + s.topology().orElse("(plug-in not available)"));
        out.println("links      " + s.linkType() + ", " + s.connectedPeers() + " connected");
        out.println("stored     " + s.storedResources() + " resources");
        return OK;
    }

    private int ids(List<NodeId> ids, String none) {
        if (ids.isEmpty()) {
            out.println(none);
        }
        ids.forEach(out::println);
        return OK;
    }

    /** Prints the kinds the node knows. */
    public int kinds() {
        for (KindDefinition k : node.kinds()) {
            out.printf("0x%08x %-22s %-10s %-16s max-count %d, max-size %d%n", k.id().value(), k.name(),
                    k.dataModel().rfcName(), k.accessControl().rfcName(), k.maxCount(), k.maxSize());
        }
        return OK;
    }

    private int ping(String target) {
        return await(node.overlay().ping(destination(target)), (PingResult r) -> out.println("pong from "
                + r.responder() + " in " + r.roundTrip().toMillis() + " ms"));
    }

    private int route(String target) {
        List<NodeId> hops = node.route(destination(target));
        if (hops.isEmpty()) {
            out.println("no route: this node is responsible, or knows no peer");
        }
        hops.forEach(h -> out.println("next hop " + h));
        return OK;
    }

    /** A Node-ID in hex of the overlay's length, or else a resource name. */
    private Identifier<?> destination(String text) {
        int length = node.status().nodeId().length();
        if (text.length() == 2 * length && text.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return NodeId.fromHex(text);
        }
        return resource(text);
    }

    private ResourceId resource(String name) {
        return node.overlay().resourceId(Opaque.utf8(name));
    }

    private int store(Arguments a) {
        KindNames.Resolved kind = KindNames.resolve(a.positional(0), node.kinds());
        StoredValue value = StoredValue.of(Slots.forStore(kind, a), Opaque.utf8(a.positional(2)), clock.instant(),
                LIFETIME);
        CompletionStage<List<StoreResult>> stored = node.overlay().store(resource(a.positional(1)),
                List.of(new KindValues(kind.id(), 0, List.of(value))));
        return await(stored, results -> results.forEach(r -> out.println("stored " + name(kind) + " at "
                + a.positional(1) + ": generation " + r.generation() + ", replicas " + r.replicas())));
    }

    private int fetch(Arguments a) {
        KindNames.Resolved kind = KindNames.resolve(a.positional(0), node.kinds());
        return await(node.overlay().fetch(resource(a.positional(1)), List.of(Slots.query(kind))), results -> {
            List<StoredValue> values = new ArrayList<>();
            results.forEach(r -> r.values().stream().filter(StoredValue::exists).forEach(values::add));
            if (values.isEmpty()) {
                err.println("no value");
            }
            values.forEach(v -> out.println(Slots.label(v.slot()) + ValueText.of(v.value())));
        });
    }

    private int stat(Arguments a) {
        KindNames.Resolved kind = KindNames.resolve(a.positional(0), node.kinds());
        return await(node.overlay().stat(resource(a.positional(1)), List.of(Slots.query(kind))), results -> {
            for (KindMetadata m : results) {
                out.println(name(kind) + " generation " + m.generation());
                m.values().stream().filter(KindMetadata.Entry::exists).forEach(e -> out.println(
                        Slots.label(e.slot()) + e.valueLength() + " bytes, stored " + e.storageTime() + ", lifetime "
                                + e.lifetime().toSeconds() + " s, hash " + e.hash().toHex()));
            }
        });
    }

    private int find(Arguments a) {
        KindNames.Resolved kind = KindNames.resolve(a.positional(0), node.kinds());
        CompletionStage<Map<KindId, ResourceId>> found = node.overlay().find(resource(a.positional(1)),
                Set.of(kind.id()));
        return await(found, map -> out.println(name(kind) + ": "
                + (map.get(kind.id()) == null ? "none" : map.get(kind.id()).toString())));
    }

    private int trace(Arguments a) {
        try {
            if ("start".equals(a.positional(0)) && a.count() == 2) {
                node.startTrace(Path.of(a.positional(1)));
                out.println("tracing to " + a.positional(1));
                return OK;
            }
            if ("stop".equals(a.positional(0)) && a.count() == 1) {
                out.println(node.stopTrace().map(p -> "trace written to " + p).orElse("no trace was running"));
                return OK;
            }
            return usage("trace start FILE | trace stop");
        } catch (IOException e) {
            err.println(e.getMessage());
            return FAILED;
        }
    }

    private int leave() {
        return await(node.leave(), ignored -> out.println("left the overlay"));
    }

    private static String name(KindNames.Resolved kind) {
        return kind.definition().map(KindDefinition::name).orElse(String.format("0x%08x", kind.id().value()));
    }

    private <T> int await(CompletionStage<T> stage, Consumer<T> print) {
        try {
            print.accept(stage.toCompletableFuture().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
            return OK;
        } catch (ExecutionException e) {
            err.println(Failures.describe(e));
            return FAILED;
        } catch (TimeoutException e) {
            err.println("no answer within " + TIMEOUT.toSeconds() + " s");
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("interrupted");
            return FAILED;
        }
    }

    private int usage(String message) {
        err.println(message);
        return USAGE;
    }
}
