package org.reloadj.cli.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.cli.CliRun;

/**
 * Wireshark's RELOAD dissector, an independent implementation of RFC 6940's wire format, reads
 * the {@code wire samples} pcap: every message code appears and no packet is malformed. Skipped
 * only where tshark is missing and RELOADJ_REQUIRE_TSHARK is unset (CI sets it).
 */
class TsharkConformanceTest {
    @TempDir
    static Path dir;
    private static Path pcap;

    @BeforeAll
    static void writeSamples() {
        boolean present = Arrays.stream(System.getenv("PATH").split(File.pathSeparator))
                .anyMatch(p -> Files.isExecutable(Path.of(p, "tshark")));
        boolean required = System.getenv("RELOADJ_REQUIRE_TSHARK") != null;
        assertThat(present || !required).as("tshark is required (RELOADJ_REQUIRE_TSHARK) but not on PATH").isTrue();
        assumeTrue(present, "tshark not installed");
        pcap = dir.resolve("samples.pcap");
        CliRun run = CliRun.run("", "wire", "samples", "--pcap", pcap.toString());
        assertThat(run.status()).as(run.err()).isZero();
    }

    @Test
    void tshark_finds_every_rfc_6940_message_code_in_the_samples() throws Exception {
        List<String> lines = tshark("-r", pcap.toString(), "-T", "fields", "-e", "reload.message.code");
        Set<Integer> codes = lines.stream().filter(l -> !l.isBlank())
                .flatMap(l -> Arrays.stream(l.split(",")))
                .map(c -> Integer.decode(c.trim())).collect(Collectors.toCollection(TreeSet::new));
        Set<Integer> expected = Arrays.stream(MessageCode.values()).map(MessageCode::code)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(codes).containsAll(expected);
    }

    @Test
    void tshark_reports_no_malformed_packet() throws Exception {
        List<String> lines = tshark("-r", pcap.toString(), "-V");
        assertThat(lines).isNotEmpty();
        assertThat(lines).noneMatch(l -> l.contains("Malformed"));
        assertThat(String.join("\n", lines)).contains("REsource LOcation And Discovery");
    }

    private static List<String> tshark(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("tshark");
        command.addAll(List.of(args));
        Path out = dir.resolve("tshark.out");
        Path err = dir.resolve("tshark.err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("tshark finished").isTrue();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        return lines;
    }
}
