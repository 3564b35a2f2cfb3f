package org.reloadj.config.internal.xml;

import java.util.Optional;

/**
 * Where a kind-block's parts are in the document.
 *
 * @param block     the kind-block element
 * @param kind      the kind element (what a kind-signature covers)
 * @param signature the kind-signature element, if there is one
 */
public record KindLayout(Span block, Span kind, Optional<Span> signature) {
}
