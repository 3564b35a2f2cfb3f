package org.reloadj.config.internal.write;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import org.reloadj.api.Opaque;
import org.reloadj.config.BootstrapNode;
import org.reloadj.config.ChordParameters;
import org.reloadj.config.ConfigNamespaces;
import org.reloadj.config.ExtensionAttribute;
import org.reloadj.config.ExtensionElement;
import org.reloadj.config.KindBlock;
import org.reloadj.config.OverlayConfiguration;

/**
 * Writes one {@code configuration} element (RFC 6940, 11.1). A value equal to the RFC's default
 * is left out, as the RFC allows, so reading the element back gives the same configuration and a
 * default configuration stays within the grammar of 11.1.1 (which, unlike the prose, has no
 * {@code overlay-reliability-timer}).
 */
final class ConfigurationElementWriter {
    private static final int D = 2;
    private final OverlayConfiguration c;
    private final XmlOut out;

    private ConfigurationElementWriter(OverlayConfiguration c, XmlOut out) {
        this.c = c;
        this.out = out;
    }

    static void write(OverlayConfiguration configuration, XmlOut out) {
        new ConfigurationElementWriter(configuration, out).write();
    }

    private void write() {
        startTag();
        text("topology-plugin", c.topologyPlugin(), OverlayConfiguration.DEFAULT_TOPOLOGY_PLUGIN);
        number("node-id-length", c.nodeIdLength(), OverlayConfiguration.DEFAULT_NODE_ID_LENGTH);
        for (Opaque der : c.rootCertificates()) {
            out.base64Element(D, "<root-cert>", "root-cert", der);
        }
        texts("enrollment-server", c.enrollmentServers());
        c.selfSignedPermitted().ifPresent(s -> out.indent(D).raw("<self-signed-permitted")
                .attribute("digest", s.digest()).raw(">" + s.permitted() + "</self-signed-permitted>\n"));
        for (BootstrapNode node : c.bootstrapNodes()) {
            out.indent(D).raw("<bootstrap-node").attribute("address", node.address())
                    .attribute("port", Integer.toString(node.port())).raw("/>\n");
        }
        number("turn-density", c.turnDensity(), OverlayConfiguration.DEFAULT_TURN_DENSITY);
        text("clients-permitted", Boolean.toString(c.clientsPermitted()), "true");
        text("no-ice", Boolean.toString(c.noIce()), "false");
        chord(c.chord());
        c.sharedSecret().ifPresent(s -> out.textElement(D, "shared-secret", s));
        text("max-message-size", Long.toString(c.maxMessageSize()),
                Long.toString(OverlayConfiguration.DEFAULT_MAX_MESSAGE_SIZE));
        number("initial-ttl", c.initialTtl(), OverlayConfiguration.DEFAULT_INITIAL_TTL);
        number("overlay-reliability-timer", c.overlayReliabilityTimer(),
                OverlayConfiguration.DEFAULT_OVERLAY_RELIABILITY_TIMER);
        if (!c.overlayLinkProtocols().equals(List.of(OverlayConfiguration.DEFAULT_OVERLAY_LINK_PROTOCOL))) {
            texts("overlay-link-protocol", c.overlayLinkProtocols());
        }
        texts("configuration-signer", c.configurationSigners());
        texts("kind-signer", c.kindSigners());
        texts("bad-node", c.badNodes());
        for (ExtensionElement e : c.extensions()) {
            out.indent(D).raw(e.xml()).raw("\n");
        }
        texts("mandatory-extension", c.mandatoryExtensions());
        kinds(c.kinds());
        out.indent(1).raw("</configuration>\n");
    }

    private void startTag() {
        out.indent(1).raw("<configuration").attribute("instance-name", c.instanceName());
        c.sequence().ifPresent(s -> out.attribute("sequence", Long.toString(s)));
        c.expiration().ifPresent(e -> out.attribute("expiration", e.toString()));
        Map<String, String> declared = new HashMap<>(Map.of("chord", ConfigNamespaces.CHORD,
                "xml", XMLConstants.XML_NS_URI, "xmlns", XMLConstants.XMLNS_ATTRIBUTE_NS_URI));
        for (ExtensionAttribute a : c.extensionAttributes()) {
            String prefix = a.prefix();
            if (declared.containsKey(prefix) && !declared.get(prefix).equals(a.namespace())) {
                int n = 1;
                while (declared.containsKey("ext" + n)) {
                    n++;
                }
                prefix = "ext" + n;
            }
            if (declared.putIfAbsent(prefix, a.namespace()) == null) {
                out.attribute("xmlns:" + prefix, a.namespace());
            }
            out.attribute(prefix + ":" + a.localName(), a.value());
        }
        out.raw(">\n");
    }

    private void chord(ChordParameters p) {
        number("chord:chord-update-interval", p.updateInterval(), ChordParameters.DEFAULT_UPDATE_INTERVAL);
        number("chord:chord-ping-interval", p.pingInterval(), ChordParameters.DEFAULT_PING_INTERVAL);
        text("chord:chord-reactive", Boolean.toString(p.reactive()), "true");
    }

    private void kinds(List<KindBlock> kinds) {
        if (kinds.isEmpty()) {
            return;
        }
        out.indent(D).raw("<required-kinds>\n");
        for (KindBlock k : kinds) {
            KindWriter.write(k, D + 1, out);
        }
        out.indent(D).raw("</required-kinds>\n");
    }

    private void number(String name, long value, long defaultValue) {
        text(name, Long.toString(value), Long.toString(defaultValue));
    }

    private void text(String name, String value, String defaultValue) {
        if (!value.equals(defaultValue)) {
            out.textElement(D, name, value);
        }
    }

    private void texts(String name, List<String> values) {
        for (String v : values) {
            out.textElement(D, name, v);
        }
    }
}
