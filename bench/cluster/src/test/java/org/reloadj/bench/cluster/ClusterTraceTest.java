package org.reloadj.bench.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.link.testing.Tshark;
import org.reloadj.security.KeyAlgorithm;

/**
 * The trace of a cluster run (issue 7's done-when): Wireshark's RELOAD dissector reads it without a
 * malformed frame and finds the requests of joining (Attach, Join, Update; RFC 6940, 10.5, 10.7.4)
 * and of the workload (Store, Fetch; 6.4.1). Skipped where tshark is missing, unless
 * RELOADJ_REQUIRE_TSHARK is set.
 */
class ClusterTraceTest {
    private static final List<MessageCode> SEEN = List.of(MessageCode.ATTACH_REQ, MessageCode.JOIN_REQ,
            MessageCode.UPDATE_REQ, MessageCode.STORE_REQ, MessageCode.FETCH_REQ, MessageCode.FETCH_ANS);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ClusterOptions.Link.class)
    void wireshark_reads_the_trace_of_a_cluster_run_without_a_malformed_frame(ClusterOptions.Link link)
            throws Exception {
        Tshark.assumeInstalled();
        Path pcap = dir.resolve("cluster-" + link + ".pcap");
        ClusterOptions options = new ClusterOptions(4, 5, link, 0, 4, KeyAlgorithm.ECDSA_P256, 100,
                Optional.of(pcap), 7);

        ClusterResult result = ClusterBenchmark.run(options, step -> { });

        assertThat(result.allFetched()).isTrue();
        assertThat(Tshark.run(pcap, "-Y", "_ws.malformed || _ws.expert.severity >= \"error\"")).isEmpty();
        Set<Integer> codes = new TreeSet<>();
        for (String line : Tshark.run(pcap, "-T", "fields", "-e", "reload.message.code")) {
            Arrays.stream(line.split(",")).map(c -> Integer.decode(c.trim())).forEach(codes::add);
        }
        assertThat(codes).containsAll(SEEN.stream().map(MessageCode::code).toList());
    }
}
