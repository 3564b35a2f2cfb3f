package org.reloadj.config.internal.xml;

import java.util.List;

/**
 * Where a configuration's parts are in the document, for signing in place.
 *
 * @param element    the configuration element (what its signatures cover)
 * @param kinds      the kind-blocks, in order
 * @param signatures the signature elements that follow it
 */
public record ConfigurationLayout(Span element, List<KindLayout> kinds, List<Span> signatures) {
    /** Copies the lists. */
    public ConfigurationLayout {
        kinds = List.copyOf(kinds);
        signatures = List.copyOf(signatures);
    }
}
