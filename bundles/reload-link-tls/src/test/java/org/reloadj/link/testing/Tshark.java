package org.reloadj.link.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs tshark over a capture, for tests that check traces with Wireshark's RELOAD dissector. */
public final class Tshark {
    private Tshark() {
    }

    /** Whether tshark is installed. */
    public static boolean installed() {
        return Files.isExecutable(Path.of("/usr/bin/tshark"));
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
