package org.reloadj.cli.wire;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import org.reloadj.cli.Terminal;
import org.reloadj.wire.codec.MessageCodec;
import org.reloadj.wire.framing.FramedMessage;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireWriter;
import org.reloadj.wire.pcap.PcapWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code reloadj wire samples}: one sample message for each RFC 6940 message code, as a pcap
 * file (framed, over TCP port 6084, for Wireshark), as hex lines, or as files (fuzzing seeds).
 */
@Command(name = "samples", mixinStandardHelpOptions = true,
        description = {"Write one signed sample message for each RFC 6940 message code (every request and answer,",
            "and Error): as a pcap of framed messages over TCP port 6084, as hex lines, or as files."})
public final class SamplesCommand implements Callable<Integer> {
    private static final byte[] PEER_A = {(byte) 192, 0, 2, 1};
    private static final byte[] PEER_B = {(byte) 192, 0, 2, 2};
    private static final int RELOAD_PORT = 6084;

    private final Terminal terminal;

    @Option(names = "--pcap", paramLabel = "FILE", description = "Write a pcap file (Ethernet/IPv4/TCP, port 6084).")
    private Path pcap;

    @Option(names = "--hex", description = "Print each sample as a line: the code's name, a space, the hex.")
    private boolean hex;

    @Option(names = "--dir", paramLabel = "DIR", description = "Write each sample as a binary file NAME.bin in DIR.")
    private Path dir;

    /** The command, with its streams. */
    public SamplesCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        if (pcap == null && !hex && dir == null) {
            terminal.err().println("reloadj wire samples: say where: --pcap FILE, --hex or --dir DIR");
            return Terminal.EXIT_BAD_INPUT;
        }
        List<SampleMessages.Sample> samples = SampleMessages.all();
        MessageCodec codec = new MessageCodec(WireContext.defaults());
        try {
            if (pcap != null) {
                writePcap(samples, codec);
                terminal.err().println("wrote " + samples.size() + " messages to " + pcap);
            }
            if (dir != null) {
                writeFiles(samples, codec);
                terminal.err().println("wrote " + samples.size() + " files to " + dir);
            }
        } catch (IOException e) {
            terminal.err().println("reloadj wire samples: " + e.getMessage());
            return Terminal.EXIT_IO;
        }
        if (hex) {
            for (SampleMessages.Sample s : samples) {
                terminal.out().println(s.code().rfcName() + " " + HexFormat.of().formatHex(codec.encodeToBytes(s.message())));
            }
        }
        return Terminal.EXIT_OK;
    }

    private void writePcap(List<SampleMessages.Sample> samples, MessageCodec codec) throws IOException {
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(pcap));
             PcapWriter writer = new PcapWriter(file, 1_795_000_000_000_000L)) {
            PcapWriter.Flow toB = writer.flow(PEER_A, 40_000, PEER_B, RELOAD_PORT, 1);
            PcapWriter.Flow toA = writer.flow(PEER_B, RELOAD_PORT, PEER_A, 40_000, 1);
            long sequenceToB = 0;
            long sequenceToA = 0;
            for (SampleMessages.Sample s : samples) {
                boolean request = s.code().isRequest();
                FramedMessage frame = new FramedMessage.Data(request ? sequenceToB++ : sequenceToA++,
                        org.reloadj.api.Opaque.of(codec.encodeToBytes(s.message())));
                (request ? toB : toA).send(WireWriter.encode(frame::encode).toByteArray());
            }
        }
    }

    private void writeFiles(List<SampleMessages.Sample> samples, MessageCodec codec) throws IOException {
        Files.createDirectories(dir);
        for (SampleMessages.Sample s : samples) {
            Files.write(dir.resolve(s.code().rfcName() + ".bin"), codec.encodeToBytes(s.message()));
        }
    }
}
