package org.reloadj.config;

import java.util.Objects;

/**
 * An attribute of a foreign namespace on a {@code configuration} element (RFC 6940, 11.1.1:
 * {@code foreign-attributes}), kept and ignored.
 *
 * @param prefix    the prefix it was written with (used again when the document is written)
 * @param namespace the attribute's namespace
 * @param localName the attribute's local name
 * @param value     the attribute value
 */
public record ExtensionAttribute(String prefix, String namespace, String localName, String value) {
    /** Checks the parts are given and the attribute is in a namespace. */
    public ExtensionAttribute {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(localName, "localName");
        Objects.requireNonNull(value, "value");
        if (namespace == null || namespace.isEmpty() || prefix.isEmpty()) {
            throw new IllegalArgumentException("an extension attribute has a namespace and a prefix");
        }
    }
}
