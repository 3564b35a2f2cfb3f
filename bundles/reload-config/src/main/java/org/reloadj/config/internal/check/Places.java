package org.reloadj.config.internal.check;

import org.reloadj.config.KindBlock;
import org.reloadj.config.OverlayConfiguration;

/** Names the place a problem is about: {@code overlay.example.org/root-cert[2]}. */
final class Places {
    private Places() {
    }

    /** The configuration, by its instance name. */
    static String of(OverlayConfiguration c) {
        return c.instanceName().isEmpty() ? "(configuration without instance-name)" : c.instanceName();
    }

    /** An element of the configuration. */
    static String of(OverlayConfiguration c, String element) {
        return of(c) + "/" + element;
    }

    /** The {@code index}-th (from 0) element of that name, counted from 1 as XPath does. */
    static String of(OverlayConfiguration c, String element, int index) {
        return of(c) + "/" + element + "[" + (index + 1) + "]";
    }

    /** A kind block, by its name or id. */
    static String of(OverlayConfiguration c, KindBlock k) {
        return of(c) + "/kind[" + k.label() + "]";
    }
}
