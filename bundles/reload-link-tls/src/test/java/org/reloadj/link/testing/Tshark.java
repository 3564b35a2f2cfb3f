package org.reloadj.link.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Runs tshark over a capture, for tests that check traces with Wireshark's RELOAD dissector. */
public final class Tshark {
    private Tshark() {
    }

    /** Whether tshark is on the PATH. */
    public static boolean installed() {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(p -> Files.isExecutable(Path.of(p, "tshark")));
    }

    /**
     * Skips the calling test when tshark is missing, unless the environment sets
     * RELOADJ_REQUIRE_TSHARK (as CI does): then the test fails.
     */
    public static void assumeInstalled() {
        boolean present = installed();
        if (!present && System.getenv("RELOADJ_REQUIRE_TSHARK") != null) {
            throw new AssertionError("tshark is required (RELOADJ_REQUIRE_TSHARK) but not on the PATH");
        }
        Assumptions.assumeTrue(present, "tshark is not installed");
    }

    /** The lines tshark prints for {@code capture} with these arguments (after -r). */
    public static List<String> run(Path capture, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tshark", "-r", capture.toString()));
        command.addAll(List.of(arguments));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("tshark did not finish");
        }
        return new String(out, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }
}
