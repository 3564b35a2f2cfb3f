package org.reloadj.enrollment.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The check a configuration file given by the operator passes before it is served as it is
 * (byte for byte, so that its signatures stay valid, 11.1): well-formed XML without a DOCTYPE,
 * an {@code overlay} element of the config-base namespace with a {@code configuration} whose
 * {@code instance-name} is the overlay name; a node discards any other document (11.2).
 */
public final class ConfigurationCheck {
    private static final String BASE_NS = "urn:ietf:params:xml:ns:p2p:config-base";

    private ConfigurationCheck() {
    }

    /**
     * Returns {@code document} when it passes.
     *
     * @throws IOException naming what is wrong
     */
    public static byte[] requireConfigurationOf(String overlay, byte[] document) throws IOException {
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(document)).getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not a well-formed configuration document: " + e.getMessage(), e);
        }
        if (!BASE_NS.equals(root.getNamespaceURI()) || !"overlay".equals(root.getLocalName())) {
            throw new IOException("the document element is not <overlay xmlns=\"" + BASE_NS + "\">");
        }
        NodeList configurations = root.getElementsByTagNameNS(BASE_NS, "configuration");
        for (int i = 0; i < configurations.getLength(); i++) {
            if (overlay.equalsIgnoreCase(((Element) configurations.item(i)).getAttribute("instance-name"))) {
                return document;
            }
        }
        throw new IOException("no <configuration instance-name=\"" + overlay + "\"> in the document");
    }
}
