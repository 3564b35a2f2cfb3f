package org.reloadj.config.internal.xml;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The JDK's XML parsers, hardened for documents from the network (RFC 6940, 11.2 fetches them
 * over HTTPS, 6.5.4 receives them from peers): no DTD, no external entity, no external access of
 * any kind. The JDK's own implementations are asked for by name ({@code newDefault...}), so no
 * other parser found on a class path or in a framework can weaken this.
 */
public final class XmlFactories {
    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final String EXTERNAL_GENERAL = "http://xml.org/sax/features/external-general-entities";
    private static final String EXTERNAL_PARAMETER = "http://xml.org/sax/features/external-parameter-entities";
    private static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";

    private XmlFactories() {
    }

    /** A namespace-aware StAX factory that supports no DTD and resolves nothing. */
    public static XMLInputFactory stax() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not allowed: " + systemId);
        });
        return f;
    }

    /** A namespace-aware SAX reader that refuses any DOCTYPE and resolves nothing. */
    public static XMLReader sax() throws SAXException {
        try {
            SAXParserFactory f = SAXParserFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setValidating(false);
            f.setXIncludeAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature(DISALLOW_DOCTYPE, true);
            f.setFeature(EXTERNAL_GENERAL, false);
            f.setFeature(EXTERNAL_PARAMETER, false);
            f.setFeature(LOAD_EXTERNAL_DTD, false);
            XMLReader reader = f.newSAXParser().getXMLReader();
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            reader.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external resources are not allowed: " + systemId);
            });
            return reader;
        } catch (ParserConfigurationException e) {
            throw new SAXException("the JDK's SAX parser cannot be hardened", e);
        }
    }
}
