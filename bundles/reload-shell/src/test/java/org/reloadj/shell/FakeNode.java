package org.reloadj.shell;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.reloadj.api.Identifier;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.api.kind.KindDefinition;
import org.reloadj.api.node.NodeStatus;
import org.reloadj.api.node.OverlayNode;
import org.reloadj.api.overlay.Overlay;
import org.reloadj.api.registry.AccessControlPolicy;
import org.reloadj.api.registry.DataModel;
import org.reloadj.testkit.InMemoryOverlay;
import org.reloadj.testkit.InMemoryStorage;

/** A node for the commands' tests: the test kit's in-memory overlay, fixed tables, recorded calls. */
final class FakeNode implements OverlayNode {
    static final NodeId SELF = NodeId.fromHex("10000000000000000000000000000000");
    static final NodeId OTHER = NodeId.fromHex("20000000000000000000000000000000");
    static final String USER = "alice@overlay.example.org";
    static final KindDefinition NOTE = KindDefinition.of(new KindId(0xF000_1000L), "demo-note",
            DataModel.SINGLE_VALUE, AccessControlPolicy.USER_MATCH, 1, 1024);
    static final KindDefinition LIST = KindDefinition.of(new KindId(0xF000_1002L), "LIST", DataModel.ARRAY,
            AccessControlPolicy.USER_MATCH, 8, 1024);
    static final KindDefinition MAP = KindDefinition.of(new KindId(0xF000_1003L), "MAP", DataModel.DICTIONARY,
            AccessControlPolicy.USER_MATCH, 8, 1024);

    final InMemoryStorage storage = new InMemoryStorage();
    final List<String> calls = new ArrayList<>();
    private final Overlay overlay = new InMemoryOverlay(storage, SELF, USER);

    @Override
    public Overlay overlay() {
        return overlay;
    }

    @Override
    public NodeStatus status() {
        return new NodeStatus(InMemoryOverlay.OVERLAY, SELF, USER, false, true,
                Optional.of(new InetSocketAddress("127.0.0.1", 6084)), Optional.of("CHORD-RELOAD"), "TLS-TCP-FH-NO-ICE", 1, 2);
    }

    @Override
    public List<NodeId> neighbors() {
        return List.of(OTHER);
    }

    @Override
    public List<NodeId> fingers() {
        return List.of();
    }

    @Override
    public List<KindDefinition> kinds() {
        return List.of(NOTE, LIST, MAP);
    }

    @Override
    public List<NodeId> route(Identifier<?> destination) {
        calls.add("route " + destination);
        return List.of(OTHER);
    }

    @Override
    public void startTrace(Path file) {
        calls.add("trace " + file);
    }

    @Override
    public Optional<Path> stopTrace() {
        calls.add("stop");
        return Optional.of(Path.of("trace.pcap"));
    }

    @Override
    public List<X509Certificate> certificateChain() {
        return List.of();
    }

    @Override
    public CompletionStage<Void> leave() {
        calls.add("leave");
        return CompletableFuture.completedFuture(null);
    }
}
