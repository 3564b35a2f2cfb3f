package org.reloadj.config.internal.xml;

import java.util.List;
import org.reloadj.config.OverlayConfigurations;

/**
 * A document read, with the byte layout of each configuration (same order).
 *
 * @param document the document
 * @param layouts  where each configuration's parts are
 */
public record ParsedDocument(OverlayConfigurations document, List<ConfigurationLayout> layouts) {
    /** Copies the list. */
    public ParsedDocument {
        layouts = List.copyOf(layouts);
    }
}
