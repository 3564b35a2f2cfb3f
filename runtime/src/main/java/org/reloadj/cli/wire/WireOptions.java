package org.reloadj.cli.wire;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reloadj.api.KindId;
import org.reloadj.api.registry.DataModel;
import org.reloadj.wire.io.KindModels;
import org.reloadj.wire.io.WireContext;
import picocli.CommandLine.Option;

/** The overlay parameters a decoder needs, as command-line options. */
public final class WireOptions {
    /** The largest message a framing header can carry plus room: the default limit here. */
    static final int DEFAULT_MAX = 0x100_0000;

    /** Kinds of the usages published after RFC 6940: SIP-REGISTRATION (RFC 7904, 1, dictionary). */
    private static final Map<KindId, DataModel> PUBLISHED_USAGES = Map.of(new KindId(1), DataModel.DICTIONARY);

    @Option(names = "--node-id-length", defaultValue = "16", paramLabel = "BYTES",
            description = "Node-ID length of the overlay, 16..20 (default ${DEFAULT-VALUE}, CHORD-RELOAD).")
    int nodeIdLength;

    @Option(names = "--max-message-size", defaultValue = "16777216", paramLabel = "BYTES",
            description = "Largest message accepted (default ${DEFAULT-VALUE}; an overlay's max-message-size is often 5000).")
    int maxMessageSize;

    @Option(names = "--kind", paramLabel = "ID=MODEL",
            description = "Data model of a kind beyond the standard 2, 3 and 16, e.g. 0xf0000001=DICTIONARY (SINGLE, ARRAY, DICTIONARY).")
    List<String> kinds = List.of();

    @Option(names = "--topology", defaultValue = "CHORD-RELOAD", paramLabel = "NAME",
            description = "Topology plug-in whose overlay-specific data to decode: CHORD-RELOAD (default) or NONE.")
    String topology;

    /** The decoding context these options describe. */
    public WireContext context() {
        Map<KindId, DataModel> models = new HashMap<>();
        for (String k : kinds) {
            int eq = k.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("--kind takes ID=MODEL, not " + k);
            }
            models.put(new KindId(Long.decode(k.substring(0, eq).trim())), model(k.substring(eq + 1).trim()));
        }
        return new WireContext(nodeIdLength, maxMessageSize, KindModels.standard().with(PUBLISHED_USAGES).with(models));
    }

    /** Whether to decode CHORD-RELOAD's overlay-specific data. */
    public boolean chord() {
        if (!topology.equalsIgnoreCase("CHORD-RELOAD") && !topology.equalsIgnoreCase("NONE")) {
            throw new IllegalArgumentException("unknown topology " + topology + " (CHORD-RELOAD or NONE)");
        }
        return topology.equalsIgnoreCase("CHORD-RELOAD");
    }

    private static DataModel model(String name) {
        for (DataModel m : DataModel.values()) {
            if (m.rfcName().equalsIgnoreCase(name) || m.name().equalsIgnoreCase(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown data model " + name + " (SINGLE, ARRAY or DICTIONARY)");
    }
}
