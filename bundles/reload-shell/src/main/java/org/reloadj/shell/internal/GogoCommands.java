package org.reloadj.shell.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.reloadj.api.node.OverlayNode;
import org.reloadj.shell.NodeCommands;

/**
 * The {@code reload:*} commands of the Gogo shell, on the nodes running in the framework (their
 * {@link OverlayNode} services). With several nodes, {@code --node PREFIX} (first) picks the one
 * whose Node-ID starts with PREFIX; otherwise the first node is used. {@code reload:status} with
 * no node running says so.
 */
@Component(service = GogoCommands.class, property = {"osgi.command.scope=reload",
    "osgi.command.function=status", "osgi.command.function=neighbors", "osgi.command.function=fingers",
    "osgi.command.function=kinds", "osgi.command.function=ping", "osgi.command.function=route",
    "osgi.command.function=store", "osgi.command.function=fetch", "osgi.command.function=stat",
    "osgi.command.function=find", "osgi.command.function=trace", "osgi.command.function=leave",
    "osgi.command.function=nodes"})
public final class GogoCommands {
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<OverlayNode> nodes;

    /** The component. */
    public GogoCommands() {
        // made by the component runtime
    }

    /** Lists the nodes running here. */
    public void nodes() {
        List<OverlayNode> present = present();
        if (present.isEmpty()) {
            System.out.println("no node runs in this framework");
        }
        present.forEach(n -> System.out.println(n.status().nodeId() + " " + n.status().overlayName()));
    }

    /** {@code reload:status}: the node's state. */
    public void status(String... args) {
        run("status", args);
    }

    /** {@code reload:neighbors}: the Neighbor Table. */
    public void neighbors(String... args) {
        run("neighbors", args);
    }

    /** {@code reload:fingers}: the other peers of the Routing Table. */
    public void fingers(String... args) {
        run("fingers", args);
    }

    /** {@code reload:kinds}: the kinds the node knows. */
    public void kinds(String... args) {
        run("kinds", args);
    }

    /** {@code reload:ping NODE-ID|RESOURCE-NAME}. */
    public void ping(String... args) {
        run("ping", args);
    }

    /** {@code reload:route NODE-ID|RESOURCE-NAME}: the next hops. */
    public void route(String... args) {
        run("route", args);
    }

    /** {@code reload:store KIND RESOURCE-NAME VALUE [--index I | --key K]}. */
    public void store(String... args) {
        run("store", args);
    }

    /** {@code reload:fetch KIND RESOURCE-NAME}. */
    public void fetch(String... args) {
        run("fetch", args);
    }

    /** {@code reload:stat KIND RESOURCE-NAME}. */
    public void stat(String... args) {
        run("stat", args);
    }

    /** {@code reload:find KIND RESOURCE-NAME}. */
    public void find(String... args) {
        run("find", args);
    }

    /** {@code reload:trace start FILE | stop}: the message trace (pcap). */
    public void trace(String... args) {
        run("trace", args);
    }

    /** {@code reload:leave}: leaves the overlay. */
    public void leave(String... args) {
        run("leave", args);
    }

    private void run(String command, String... args) {
        List<String> words = new ArrayList<>(Arrays.asList(args));
        Optional<String> prefix = Optional.empty();
        if (words.size() >= 2 && words.get(0).equals("--node")) {
            prefix = Optional.of(words.get(1));
            words = words.subList(2, words.size());
        }
        Optional<OverlayNode> node = select(prefix);
        if (node.isEmpty()) {
            System.out.println(prefix.map(p -> "no node's Node-ID starts with " + p)
                    .orElse("no node runs in this framework"));
            return;
        }
        words.add(0, command);
        new NodeCommands(node.get(), System.out, System.out).run(words);
    }

    private Optional<OverlayNode> select(Optional<String> prefix) {
        return present().stream().filter(n -> prefix.isEmpty() || n.status().nodeId().toString().startsWith(prefix.get()))
                .findFirst();
    }

    private List<OverlayNode> present() {
        List<OverlayNode> current = nodes;
        return current == null ? List.of() : List.copyOf(current);
    }
}
