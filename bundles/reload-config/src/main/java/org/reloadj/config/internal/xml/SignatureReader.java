package org.reloadj.config.internal.xml;

import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.reloadj.api.Opaque;
import org.reloadj.config.ConfigurationException;
import org.reloadj.config.DocumentSignature;

/** Reads a {@code signature} or {@code kind-signature} element (RFC 6940, 11.1). */
final class SignatureReader {
    private SignatureReader() {
    }

    /** From the start of the element, its signature, ending at its end. */
    static DocumentSignature read(XmlCursor c) throws XMLStreamException, ConfigurationException {
        Optional<String> algorithm = Optional.ofNullable(c.xml().getAttributeValue(null, "algorithm"));
        Opaque value = XsdValues.base64(c.text()).orElse(Opaque.EMPTY);
        return new DocumentSignature(algorithm, value);
    }
}
