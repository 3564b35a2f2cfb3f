package org.reloadj.topology.chord;

import org.osgi.service.component.annotations.Component;
import org.reloadj.api.topology.Topology;
import org.reloadj.api.topology.TopologyContext;
import org.reloadj.api.topology.TopologyPlugin;

/**
 * The CHORD-SELF-TUNING topology plug-in (RFC 7363, 9.2) as a Declarative Services component: a
 * {@link TopologyPlugin} service with {@code topology.algorithm=CHORD-SELF-TUNING}, made by
 * {@link ChordPlugin#selfTuning()}.
 */
@Component(service = TopologyPlugin.class,
        property = TopologyPlugin.ALGORITHM + "=" + ChordPlugin.SELF_TUNING_ALGORITHM)
public final class SelfTuningChordPlugin implements TopologyPlugin {
    private final ChordPlugin plugin = ChordPlugin.selfTuning();

    /** The component. */
    public SelfTuningChordPlugin() {
        // made by the component runtime
    }

    @Override
    public String algorithm() {
        return plugin.algorithm();
    }

    @Override
    public Topology create(TopologyContext context) {
        return plugin.create(context);
    }
}
