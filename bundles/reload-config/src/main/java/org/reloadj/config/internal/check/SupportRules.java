package org.reloadj.config.internal.check;

import org.reloadj.config.OverlayConfiguration;
import org.reloadj.config.Problem;
import org.reloadj.config.ValidationContext;

/**
 * What a node must support to join (RFC 6940, 11.1): every {@code mandatory-extension}, the
 * topology plug-in, and at least one of the overlay link protocols. A node that cannot MUST NOT
 * join; each such problem says so.
 */
final class SupportRules {
    private SupportRules() {
    }

    static void check(OverlayConfiguration c, ValidationContext context, Findings out) {
        for (int i = 0; i < c.mandatoryExtensions().size(); i++) {
            String namespace = c.mandatoryExtensions().get(i);
            if (!context.supportsExtension(namespace)) {
                out.error(Problem.Category.SUPPORT, Places.of(c, "mandatory-extension", i),
                        "must not join: mandatory extension " + namespace + " is not supported (RFC 6940, 11.1)");
            }
        }
        if (!context.supportedTopologies().contains(c.topologyPlugin())) {
            out.error(Problem.Category.SUPPORT, Places.of(c, "topology-plugin"), "must not join: topology plug-in "
                    + c.topologyPlugin() + " is not supported (supported: " + context.supportedTopologies() + ")");
        }
        if (c.overlayLinkProtocols().stream().noneMatch(context.supportedLinkProtocols()::contains)) {
            out.error(Problem.Category.SUPPORT, Places.of(c, "overlay-link-protocol"), "must not join: none of "
                    + c.overlayLinkProtocols() + " is supported (RFC 6940, 6.6.1, 11.1)");
        }
    }
}
