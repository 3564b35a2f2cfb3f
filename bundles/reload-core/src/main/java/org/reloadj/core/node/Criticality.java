package org.reloadj.core.node;

import java.util.List;
import java.util.Optional;
import org.reloadj.api.registry.ForwardingOptionFlag;
import org.reloadj.wire.message.ForwardingOption;
import org.reloadj.wire.message.MessageExtension;

/**
 * Which forwarding options (RFC 6940, 6.3.2.3) and message extensions (6.3.3) this node
 * understands, and the critical ones it does not. RFC 6940 defines no option or extension beyond
 * the experimental ones (14.12, 14.14), and this node implements none, so every critical one is
 * refused: a forwarding peer refuses FORWARD_CRITICAL options, a responding node
 * DESTINATION_CRITICAL options and critical extensions.
 */
final class Criticality {
    private Criticality() {
    }

    /** Whether this node understands forwarding options of {@code type}. */
    static boolean understandsOption(int type) {
        return false;
    }

    /** Whether this node understands message extensions of {@code type}. */
    static boolean understandsExtension(int type) {
        return false;
    }

    /** The first option with {@code flag} set that this node does not understand. */
    static Optional<ForwardingOption> firstUnknown(List<ForwardingOption> options, ForwardingOptionFlag flag) {
        return options.stream().filter(o -> o.has(flag) && !understandsOption(o.type())).findFirst();
    }

    /** The first critical extension this node does not understand. */
    static Optional<MessageExtension> firstUnknownCritical(List<MessageExtension> extensions) {
        return extensions.stream().filter(e -> e.critical() && !understandsExtension(e.type())).findFirst();
    }
}
