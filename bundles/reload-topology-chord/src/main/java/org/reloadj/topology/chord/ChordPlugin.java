package org.reloadj.topology.chord;

import org.osgi.service.component.annotations.Component;
import org.reloadj.api.topology.Topology;
import org.reloadj.api.topology.TopologyContext;
import org.reloadj.api.topology.TopologyPlugin;

/**
 * The CHORD-RELOAD topology plug-in (RFC 6940, 10; registered name of 14.3), or with
 * {@link #selfTuning()} the CHORD-SELF-TUNING one (RFC 7363, 9.2).
 *
 * <p>It reads the configuration's {@code chord-update-interval}, {@code chord-ping-interval} and
 * {@code chord-reactive} (11.1) from {@link TopologyContext#parameters()}, and two more for RFC
 * 7363: {@code self-tuning} ({@code true} turns it on under the CHORD-RELOAD name too) and
 * {@code number-of-peers-to-probe}.
 *
 * <p>In OSGi, a Declarative Services component registers it as a {@link TopologyPlugin} service
 * with the property {@code topology.algorithm=CHORD-RELOAD}; {@link SelfTuningChordPlugin}
 * registers the self-tuning one.
 */
@Component(service = TopologyPlugin.class, property = TopologyPlugin.ALGORITHM + "=" + ChordPlugin.ALGORITHM)
public final class ChordPlugin implements TopologyPlugin {
    /** The algorithm name of CHORD-RELOAD. */
    public static final String ALGORITHM = "CHORD-RELOAD";
    /** The algorithm name of self-tuning Chord (RFC 7363, 9.2). */
    public static final String SELF_TUNING_ALGORITHM = "CHORD-SELF-TUNING";

    private final boolean selfTuning;

    /** The CHORD-RELOAD plug-in. */
    public ChordPlugin() {
        this(false);
    }

    private ChordPlugin(boolean selfTuning) {
        this.selfTuning = selfTuning;
    }

    /** The CHORD-SELF-TUNING plug-in: CHORD-RELOAD with RFC 7363 always on. */
    public static ChordPlugin selfTuning() {
        return new ChordPlugin(true);
    }

    @Override
    public String algorithm() {
        return selfTuning ? SELF_TUNING_ALGORITHM : ALGORITHM;
    }

    /**
     * A topology for the node of {@code context}.
     *
     * @throws IllegalArgumentException when a parameter is malformed
     */
    @Override
    public Topology create(TopologyContext context) {
        ChordConfig config = ChordConfig.from(context.parameters());
        return new ChordTopology(context, selfTuning ? config.withSelfTuning() : config);
    }
}
