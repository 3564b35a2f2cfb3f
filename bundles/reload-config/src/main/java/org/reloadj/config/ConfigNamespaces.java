package org.reloadj.config;

/**
 * The XML namespaces and the media type of the overlay configuration document (RFC 6940, 11.1).
 */
public final class ConfigNamespaces {
    /** The namespace of the base elements: {@code urn:ietf:params:xml:ns:p2p:config-base}. */
    public static final String BASE = "urn:ietf:params:xml:ns:p2p:config-base";
    /** The namespace of the CHORD-RELOAD parameters: {@code urn:ietf:params:xml:ns:p2p:config-chord}. */
    public static final String CHORD = "urn:ietf:params:xml:ns:p2p:config-chord";
    /** The media type of a configuration document: {@code application/p2p-overlay+xml}. */
    public static final String MEDIA_TYPE = "application/p2p-overlay+xml";

    private ConfigNamespaces() {
    }

    /** Whether {@code namespace} is one this specification defines (base or Chord). */
    public static boolean isDefined(String namespace) {
        return BASE.equals(namespace) || CHORD.equals(namespace);
    }
}
