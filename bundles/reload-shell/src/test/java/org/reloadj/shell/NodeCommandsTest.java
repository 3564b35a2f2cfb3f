package org.reloadj.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.Opaque;
import org.reloadj.api.overlay.KindValues;
import org.reloadj.api.overlay.Slot;
import org.reloadj.api.overlay.StoredValue;

/** The operator's commands read their arguments and print results and RELOAD errors one way. */
class NodeCommandsTest {
    private final FakeNode node = new FakeNode();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... words) {
        out.reset();
        err.reset();
        return new NodeCommands(node, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(words));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_single_value_is_stored_by_kind_name_and_fetched_as_text() {
        assertThat(run("store", "demo-note", FakeNode.USER, "hello there")).isZero();
        assertThat(out()).startsWith("stored demo-note at " + FakeNode.USER);
        assertThat(run("fetch", "DEMO-NOTE", FakeNode.USER)).isZero();
        assertThat(out()).isEqualTo("hello there\n");
    }

    @Test
    void array_values_go_to_an_index_or_the_end_and_print_with_their_index() {
        assertThat(run("store", "LIST", FakeNode.USER, "first")).isZero();
        assertThat(run("store", "0xf0001002", FakeNode.USER, "third", "--index", "2")).isZero();
        assertThat(run("fetch", "LIST", FakeNode.USER)).isZero();
        assertThat(out()).isEqualTo("[0] first\n[2] third\n");
    }

    @Test
    void dictionary_values_need_a_key_and_print_with_it() {
        assertThat(run("store", "MAP", FakeNode.USER, "v")).isEqualTo(NodeCommands.USAGE);
        assertThat(err()).contains("--key");
        assertThat(run("store", "MAP", FakeNode.USER, "v", "--key", "k")).isZero();
        assertThat(run("fetch", "MAP", FakeNode.USER)).isZero();
        assertThat(out()).isEqualTo("k: v\n");
    }

    @Test
    void binary_values_print_as_hex() {
        node.overlay().store(node.overlay().resourceId(Opaque.utf8(FakeNode.USER)), List.of(new KindValues(
                FakeNode.NOTE.id(), 0, List.of(StoredValue.of(Slot.SINGLE, Opaque.of((byte) 0, (byte) 0xff),
                        Instant.EPOCH, Duration.ofHours(1))))));
        assertThat(run("fetch", "demo-note", FakeNode.USER)).isZero();
        assertThat(out()).isEqualTo("00ff\n");
    }

    @Test
    void a_reload_error_prints_by_its_name_with_status_1() {
        node.storage.fail("store", ErrorCode.ERROR_FORBIDDEN);
        assertThat(run("store", "demo-note", "bob@overlay.example.org", "x")).isEqualTo(NodeCommands.FAILED);
        assertThat(err()).startsWith("Error_Forbidden");
    }

    @Test
    void unknown_commands_kinds_options_and_counts_are_usage_errors() {
        assertThat(run("dance")).isEqualTo(NodeCommands.USAGE);
        assertThat(run("fetch", "NO-SUCH-KIND", FakeNode.USER)).isEqualTo(NodeCommands.USAGE);
        assertThat(err()).contains("no kind is named NO-SUCH-KIND");
        assertThat(run("store", "demo-note", FakeNode.USER)).isEqualTo(NodeCommands.USAGE);
        assertThat(run("store", "demo-note", FakeNode.USER, "x", "--index", "1")).isEqualTo(NodeCommands.USAGE);
        assertThat(run("fetch", "demo-note", FakeNode.USER, "--color", "red")).isEqualTo(NodeCommands.USAGE);
    }

    @Test
    void status_tables_kinds_and_route_describe_the_node() {
        assertThat(run("status")).isZero();
        assertThat(out()).contains("node-id    " + FakeNode.SELF).contains("role       peer, joined")
                .contains("address    127.0.0.1:6084").contains("stored     2 resources");
        assertThat(run("neighbors")).isZero();
        assertThat(out()).isEqualTo(FakeNode.OTHER + "\n");
        assertThat(run("fingers")).isZero();
        assertThat(out()).isEqualTo("no finger\n");
        assertThat(run("kinds")).isZero();
        assertThat(out()).contains("0xf0001000 demo-note").contains("ARRAY").contains("DICTIONARY");
        assertThat(run("route", FakeNode.OTHER.toString())).isZero();
        assertThat(out()).isEqualTo("next hop " + FakeNode.OTHER + "\n");
        assertThat(node.calls).containsExactly("route " + FakeNode.OTHER);
    }

    @Test
    void trace_and_leave_reach_the_node() {
        assertThat(run("trace", "start", "x.pcap")).isZero();
        assertThat(run("trace", "stop")).isZero();
        assertThat(out()).isEqualTo("trace written to trace.pcap\n");
        assertThat(run("trace", "sideways")).isEqualTo(NodeCommands.USAGE);
        assertThat(run("leave")).isZero();
        assertThat(node.calls).containsExactly("trace x.pcap", "stop", "leave");
    }
}
