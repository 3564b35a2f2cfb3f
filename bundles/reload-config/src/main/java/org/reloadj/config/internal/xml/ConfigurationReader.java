package org.reloadj.config.internal.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.reloadj.config.BootstrapNode;
import org.reloadj.config.ConfigNamespaces;
import org.reloadj.config.ConfigurationException;
import org.reloadj.config.ExtensionAttribute;
import org.reloadj.config.ExtensionElement;
import org.reloadj.config.OverlayConfiguration;
import org.reloadj.config.OverlayConfigurationBuilder;
import org.reloadj.config.Problem;
import org.reloadj.config.SelfSignedPermitted;

/**
 * Reads one {@code configuration} element (RFC 6940, 11.1) into an {@link OverlayConfiguration}:
 * its attributes, every parameter, the required kinds, and the foreign attributes and elements,
 * which are kept.
 */
final class ConfigurationReader {
    private final XmlCursor c;
    private final List<Problem> notes;
    private OverlayConfigurationBuilder b;
    private String instanceName;
    private final List<KindLayout> kinds = new ArrayList<>();

    private ConfigurationReader(XmlCursor c, List<Problem> notes) {
        this.c = c;
        this.notes = notes;
    }

    /**
     * A configuration read, with where its kinds are.
     *
     * @param configuration the contents
     * @param element       the configuration element's bytes
     * @param kinds         the kind-blocks' layouts
     */
    record Read(OverlayConfiguration configuration, Span element, List<KindLayout> kinds) {
    }

    /** Reads the configuration element at the cursor, ending at its end. */
    static Read read(XmlCursor c, List<Problem> notes) throws XMLStreamException, ConfigurationException {
        ConfigurationReader r = new ConfigurationReader(c, notes);
        r.attributes();
        while (c.nextChild()) {
            r.parameter();
        }
        return new Read(r.b.build(), c.lastClosed(), r.kinds);
    }

    private void attributes() {
        XMLStreamReader xml = c.xml();
        String name = xml.getAttributeValue(null, "instance-name");
        instanceName = name == null ? "" : name.strip();
        b = OverlayConfiguration.builder(instanceName);
        String sequence = xml.getAttributeValue(null, "sequence");
        if (sequence != null) {
            XsdValues.xsdLong(sequence).ifPresent(b::sequence);
        }
        String expiration = xml.getAttributeValue(null, "expiration");
        if (expiration != null) {
            XsdValues.dateTime(expiration).ifPresent(this::expiration);
        }
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String ns = xml.getAttributeNamespace(i);
            if (ns != null && !ns.isEmpty() && !ConfigNamespaces.isDefined(ns)) {
                b.addExtensionAttribute(new ExtensionAttribute(xml.getAttributePrefix(i), ns,
                        xml.getAttributeLocalName(i), xml.getAttributeValue(i)));
            }
        }
    }

    private void expiration(XsdValues.DateTime value) {
        b.expiration(value.instant());
        if (!value.utc()) {
            notes.add(Problem.warning(Problem.Category.VALUE, instanceName + "/@expiration",
                    "not in UTC; RFC 6940, 11.1 asks for UTC (read as " + value.instant() + ")"));
        }
    }

    private void parameter() throws XMLStreamException, ConfigurationException {
        XMLStreamReader xml = c.xml();
        String ns = xml.getNamespaceURI();
        if (!ConfigNamespaces.isDefined(ns)) {
            b.addExtension(new ExtensionElement(ns == null ? "" : ns, xml.getLocalName(), FragmentWriter.copy(c)));
            return;
        }
        QName name = new QName(ns, xml.getLocalName());
        Optional<BiConsumer<OverlayConfigurationBuilder, String>> text = TextParameters.reader(name);
        if (text.isPresent()) {
            text.get().accept(b, c.text());
        } else if (isBase(ns, "bootstrap-node")) {
            bootstrapNode();
        } else if (isBase(ns, "self-signed-permitted")) {
            selfSigned();
        } else if (isBase(ns, "required-kinds")) {
            requiredKinds();
        } else {
            c.skip();
        }
    }

    private void bootstrapNode() throws XMLStreamException, ConfigurationException {
        XMLStreamReader xml = c.xml();
        String address = xml.getAttributeValue(null, "address");
        String port = xml.getAttributeValue(null, "port");
        OptionalInt p = port == null ? OptionalInt.empty() : XsdValues.xsdInt(port);
        b.addBootstrapNode(new BootstrapNode(address == null ? "" : address.strip(),
                p.orElse(BootstrapNode.DEFAULT_PORT)));
        c.skip();
    }

    private void selfSigned() throws XMLStreamException, ConfigurationException {
        String digest = c.xml().getAttributeValue(null, "digest");
        boolean permitted = XsdValues.xsdBoolean(c.text()).orElse(false);
        b.selfSignedPermitted(new SelfSignedPermitted(permitted, digest == null ? "" : digest.strip()));
    }

    private void requiredKinds() throws XMLStreamException, ConfigurationException {
        while (c.nextChild()) {
            if (isBase(c.xml().getNamespaceURI(), "kind-block")) {
                KindBlockReader.Read kind = KindBlockReader.read(c);
                b.addKind(kind.block());
                kinds.add(kind.layout());
            } else {
                c.skip();
            }
        }
    }

    private boolean isBase(String ns, String local) {
        return ConfigNamespaces.BASE.equals(ns) && local.equals(c.xml().getLocalName());
    }
}
