package org.reloadj.config.internal.xml;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.reloadj.api.Opaque;
import org.reloadj.config.ConfigNamespaces;
import org.reloadj.config.ConfigurationException;
import org.reloadj.config.DocumentSignature;
import org.reloadj.config.OverlayConfigurations;
import org.reloadj.config.Problem;
import org.reloadj.config.SignedConfiguration;

/**
 * Reads a configuration document (RFC 6940, 11.1) from its UTF-8 bytes: refuses what cannot be
 * read safely, then walks the {@code overlay} element with StAX while {@link XmlCursor} records
 * the byte range of every configuration, kind and signature element.
 */
public final class DocumentParser {
    private final byte[] doc;
    private final int maxDepth;
    private final List<Problem> notes = new ArrayList<>();
    private final List<SignedConfiguration> configurations = new ArrayList<>();
    private final List<ConfigurationLayout> layouts = new ArrayList<>();
    private ConfigurationReader.Read current;
    private final List<DocumentSignature> signatures = new ArrayList<>();
    private final List<Span> signatureSpans = new ArrayList<>();

    private DocumentParser(byte[] doc, int maxDepth) {
        this.doc = doc;
        this.maxDepth = maxDepth;
    }

    /**
     * Reads {@code doc}, which the caller gives up (the result's byte views share it).
     *
     * @throws ConfigurationException when it is not well-formed UTF-8 XML with an {@code overlay}
     *                                root, has a DTD, or nests deeper than {@code maxDepth}
     */
    public static ParsedDocument parse(byte[] doc, int maxDepth) throws ConfigurationException {
        rejectOtherEncodings(doc);
        List<Tag> tags = MarkupScanner.scan(doc, 0);
        XMLStreamReader xml = null;
        try {
            xml = XmlFactories.stax()
                    .createXMLStreamReader(new ByteArrayInputStream(doc), StandardCharsets.UTF_8.name());
            checkDeclaredEncoding(xml);
            return new DocumentParser(doc, maxDepth).run(new XmlCursor(xml, doc, tags, maxDepth));
        } catch (XMLStreamException e) {
            throw new ConfigurationException("not well-formed XML: " + e.getMessage(), e);
        } finally {
            close(xml);
        }
    }

    private ParsedDocument run(XmlCursor c) throws XMLStreamException, ConfigurationException {
        if (!toRoot(c)) {
            throw new ConfigurationException("no root element");
        }
        if (!ConfigNamespaces.BASE.equals(c.xml().getNamespaceURI()) || !"overlay".equals(c.xml().getLocalName())) {
            throw new ConfigurationException("the root element is {" + c.xml().getNamespaceURI() + "}"
                    + c.xml().getLocalName() + ", not {" + ConfigNamespaces.BASE + "}overlay (RFC 6940, 11.1)");
        }
        while (c.nextChild()) {
            child(c);
        }
        finishConfiguration();
        while (c.xml().hasNext()) {
            c.next();
        }
        return new ParsedDocument(new OverlayConfigurations(configurations, Opaque.wrap(doc, 0, doc.length), notes),
                layouts);
    }

    private boolean toRoot(XmlCursor c) throws XMLStreamException, ConfigurationException {
        while (c.xml().hasNext()) {
            if (c.next() == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
        }
        return false;
    }

    private void child(XmlCursor c) throws XMLStreamException, ConfigurationException {
        boolean base = ConfigNamespaces.BASE.equals(c.xml().getNamespaceURI());
        String local = c.xml().getLocalName();
        if (base && "configuration".equals(local)) {
            finishConfiguration();
            current = ConfigurationReader.read(c, notes);
        } else if (base && "signature".equals(local)) {
            DocumentSignature signature = SignatureReader.read(c);
            if (current == null) {
                notes.add(Problem.warning(Problem.Category.SIGNATURE, "signature", "a signature before any"
                        + " configuration signs nothing (RFC 6940, 11.1: it follows the configuration it signs)"));
            } else {
                signatures.add(signature);
                signatureSpans.add(c.lastClosed());
            }
        } else {
            c.skip();
        }
    }

    private void finishConfiguration() {
        if (current == null) {
            return;
        }
        List<Opaque> kindBytes = current.kinds().stream().map(k -> k.kind().of(doc)).toList();
        configurations.add(new SignedConfiguration(current.configuration(), current.element().of(doc), kindBytes,
                signatures));
        layouts.add(new ConfigurationLayout(current.element(), current.kinds(), signatureSpans));
        signatures.clear();
        signatureSpans.clear();
        current = null;
    }

    private static void rejectOtherEncodings(byte[] doc) throws ConfigurationException {
        boolean utf16 = doc.length >= 2 && ((doc[0] == (byte) 0xFE && doc[1] == (byte) 0xFF)
                || (doc[0] == (byte) 0xFF && doc[1] == (byte) 0xFE) || doc[0] == 0 || doc[1] == 0);
        if (utf16) {
            throw new ConfigurationException("the document must be UTF-8 (RFC 6940, 11.1), not UTF-16 or UTF-32");
        }
    }

    private static void checkDeclaredEncoding(XMLStreamReader xml) throws ConfigurationException {
        String declared = xml.getCharacterEncodingScheme();
        if (declared != null && !declared.equalsIgnoreCase("UTF-8")) {
            throw new ConfigurationException("the document declares encoding " + declared
                    + "; it must be UTF-8 (RFC 6940, 11.1)");
        }
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing to release: the input is an array
            }
        }
    }
}
