package org.reloadj.config;

import java.util.Objects;

/**
 * An element of a namespace this specification does not define, kept as it came (RFC 6940,
 * 11.1: foreign elements are allowed in a configuration and in a kind). It is ignored unless its
 * namespace is a {@code mandatory-extension}.
 *
 * @param namespace the element's namespace
 * @param localName the element's local name
 * @param xml       the element as a self-contained XML fragment (the namespaces it uses declared on
 *                  it), comments and processing instructions left out
 */
public record ExtensionElement(String namespace, String localName, String xml) {
    /** Checks the parts are given. */
    public ExtensionElement {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(localName, "localName");
        Objects.requireNonNull(xml, "xml");
    }
}
