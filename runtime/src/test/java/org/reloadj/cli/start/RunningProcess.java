package org.reloadj.cli.start;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * {@code bin/reloadj} of the distribution run as a process, its standard output and error going
 * to a file (a process's pipes are closed when it is destroyed, losing its last words).
 */
final class RunningProcess implements AutoCloseable {
    private final Process process;
    private final Path log;

    private RunningProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Runs {@code bin/reloadj args} of the distribution at {@code dist}, its output in {@code log}. */
    static RunningProcess start(Path dist, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(dist.resolve("bin/reloadj").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return new RunningProcess(builder.start(), log);
    }

    /** The first line containing {@code text}, waiting up to {@code patience} for it. */
    String awaitLine(String text, Duration patience) {
        Awaitility.await().atMost(patience).until(() -> output().contains(text) || !process.isAlive());
        return output().lines().filter(l -> l.contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with \"" + text + "\" in:\n" + output()));
    }

    /** The output so far. */
    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends SIGTERM and waits for the exit; returns the exit status. */
    int terminate(Duration patience) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("no exit within " + patience + " after SIGTERM:\n" + output());
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
