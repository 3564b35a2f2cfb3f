package org.reloadj.link.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reloadj.core.net.MessageTrace;
import org.reloadj.link.testing.LinkOverlay;
import org.reloadj.link.testing.TestIdentities;
import org.reloadj.link.testing.Tshark;

class TlsOverlayTest {
    @TempDir
    Path dir;

    @Test
    void nodes_bootstrap_over_tls_and_ping_each_other_both_ways() throws Exception {
        TestIdentities pki = new TestIdentities();
        try (TlsLinkProvider provider = new TlsLinkProvider(TestIdentities.authentication(),
                TlsLinkSettings.defaults(5000), 2); LinkOverlay overlay = new LinkOverlay(4, provider, pki)) {
            assertThat(overlay.join()).containsExactly(overlay.id(2), overlay.id(3), overlay.id(0));
            overlay.pingEveryPair();
            assertThat(overlay.on(0, () -> CompletableFuture.completedFuture(overlay.node(0).connectedPeers())))
                    .containsExactlyInAnyOrder(overlay.id(1), overlay.id(2), overlay.id(3));
        }
    }

    @Test
    void the_trace_of_an_overlay_holds_its_attach_and_ping_traffic_for_wireshark() throws Exception {
        Path file = dir.resolve("overlay.pcap");
        TestIdentities pki = new TestIdentities();
        try (MessageTrace trace = MessageTrace.open(file);
                TlsLinkProvider provider = new TlsLinkProvider(TestIdentities.authentication(),
                        TlsLinkSettings.defaults(5000), 2);
                LinkOverlay overlay = new LinkOverlay(3, provider, pki, Optional.of(trace))) {
            overlay.join();
            overlay.pingEveryPair();
        }
        assertThat(Files.size(file)).isGreaterThan(24);
        Tshark.assumeInstalled();
        List<String> codes = Tshark.run(file, "-T", "fields", "-e", "reload.message.code");
        // attach_req 3, attach_ans 4, ping_req 23, ping_ans 24 (RFC 6940, 14.8)
        assertThat(codes).contains("3", "4", "23", "24");
        assertThat(Tshark.run(file, "-Y", "_ws.malformed || _ws.expert.severity >= \"error\"")).isEmpty();
    }
}
