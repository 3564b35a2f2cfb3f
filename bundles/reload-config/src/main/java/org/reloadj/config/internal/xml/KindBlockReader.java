package org.reloadj.config.internal.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.reloadj.api.KindId;
import org.reloadj.config.ConfigNamespaces;
import org.reloadj.config.ConfigurationException;
import org.reloadj.config.DocumentSignature;
import org.reloadj.config.ExtensionElement;
import org.reloadj.config.KindBlock;

/**
 * Reads a {@code kind-block} (RFC 6940, 11.1): the {@code kind} element with its parameters and
 * foreign elements, and the {@code kind-signature}, with where each stands in the bytes.
 */
final class KindBlockReader {
    private final XmlCursor c;
    private Optional<String> name = Optional.empty();
    private Optional<KindId> id = Optional.empty();
    private String dataModel = "";
    private String accessControl = "";
    private int maxCount;
    private int maxSize;
    private OptionalInt maxNodeMultiple = OptionalInt.empty();
    private final List<ExtensionElement> extensions = new ArrayList<>();
    private Optional<DocumentSignature> signature = Optional.empty();
    private Span kindSpan;
    private Optional<Span> signatureSpan = Optional.empty();

    private KindBlockReader(XmlCursor c) {
        this.c = c;
    }

    /**
     * A kind block and its layout, from the start of {@code kind-block} to its end.
     *
     * @param block  the kind
     * @param layout where its parts are
     */
    record Read(KindBlock block, KindLayout layout) {
    }

    /** Reads the kind block at the cursor. */
    static Read read(XmlCursor c) throws XMLStreamException, ConfigurationException {
        KindBlockReader r = new KindBlockReader(c);
        while (c.nextChild()) {
            r.child();
        }
        Span block = c.lastClosed();
        KindBlock kind = new KindBlock(r.name, r.id, r.dataModel, r.accessControl, r.maxCount, r.maxSize,
                r.maxNodeMultiple, r.extensions, r.signature);
        Span kindSpan = r.kindSpan == null ? new Span(block.start(), block.start()) : r.kindSpan;
        return new Read(kind, new KindLayout(block, kindSpan, r.signatureSpan));
    }

    private void child() throws XMLStreamException, ConfigurationException {
        String ns = c.xml().getNamespaceURI();
        String local = c.xml().getLocalName();
        if (ConfigNamespaces.BASE.equals(ns) && "kind".equals(local)) {
            kind();
            kindSpan = c.lastClosed();
        } else if (ConfigNamespaces.BASE.equals(ns) && "kind-signature".equals(local)) {
            signature = Optional.of(SignatureReader.read(c));
            signatureSpan = Optional.of(c.lastClosed());
        } else {
            c.skip();
        }
    }

    private void kind() throws XMLStreamException, ConfigurationException {
        XMLStreamReader xml = c.xml();
        name = Optional.ofNullable(xml.getAttributeValue(null, "name")).map(String::strip);
        OptionalLong idValue = Optional.ofNullable(xml.getAttributeValue(null, "id"))
                .map(XsdValues::xsdLong).orElse(OptionalLong.empty());
        if (idValue.isPresent() && idValue.getAsLong() >= 0 && idValue.getAsLong() <= 0xFFFF_FFFFL) {
            id = Optional.of(new KindId(idValue.getAsLong()));
        }
        while (c.nextChild()) {
            parameter();
        }
    }

    private void parameter() throws XMLStreamException, ConfigurationException {
        String ns = c.xml().getNamespaceURI();
        if (!ConfigNamespaces.isDefined(ns)) {
            extensions.add(new ExtensionElement(ns == null ? "" : ns, c.xml().getLocalName(), FragmentWriter.copy(c)));
            return;
        }
        String local = c.xml().getLocalName();
        String text = c.text();
        if (!ConfigNamespaces.BASE.equals(ns)) {
            return;
        }
        switch (local) {
            case "data-model" -> dataModel = text.strip();
            case "access-control" -> accessControl = text.strip();
            case "max-count" -> maxCount = XsdValues.xsdInt(text).orElse(maxCount);
            case "max-size" -> maxSize = XsdValues.xsdInt(text).orElse(maxSize);
            case "max-node-multiple" -> {
                OptionalInt v = XsdValues.xsdInt(text);
                maxNodeMultiple = v.isPresent() ? v : maxNodeMultiple;
            }
            default -> {
                // an unknown element of the base namespace: the grammar check reports it
            }
        }
    }
}
