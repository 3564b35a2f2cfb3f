package org.reloadj.config.internal.check;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.reloadj.config.OverlayConfiguration;
import org.reloadj.config.OverlayConfigurations;
import org.reloadj.config.Problem;
import org.reloadj.config.SequenceNumbers;
import org.reloadj.config.SignedConfiguration;

/**
 * Where a configuration stands in time: not expired (RFC 6940, 11.1), one per overlay in a
 * document, and, against the configuration in force, a newer sequence number (6.3.2.1, 6.5.4.2).
 */
final class LifecycleRules {
    private LifecycleRules() {
    }

    static void checkExpiry(OverlayConfiguration c, Instant now, Findings out) {
        c.expiration().filter(now::isAfter).ifPresent(e -> out.error(Problem.Category.EXPIRY,
                Places.of(c, "@expiration"), "expired at " + e + " (RFC 6940, 11.1)"));
    }

    static void checkDistinctOverlays(List<SignedConfiguration> configurations, Findings out) {
        Set<String> names = new HashSet<>();
        for (SignedConfiguration c : configurations) {
            if (!names.add(c.instanceName())) {
                out.error(Problem.Category.VALUE, Places.of(c.configuration()), "a second configuration for the"
                        + " same overlay (RFC 6940, 11.1: each configuration element is for a different overlay)");
            }
        }
    }

    static void checkSequence(OverlayConfiguration c, Optional<OverlayConfigurations> previous, Findings out) {
        Optional<OverlayConfiguration> before = previous.flatMap(p -> p.find(c.instanceName()))
                .map(SignedConfiguration::configuration);
        if (before.isEmpty()) {
            return;
        }
        String where = Places.of(c, "@sequence");
        if (c.sequence().isEmpty() || before.get().sequence().isEmpty()) {
            out.error(Problem.Category.SEQUENCE, where, "cannot tell whether this configuration is newer: "
                    + "a sequence number is missing (RFC 6940, 6.3.2.1)");
            return;
        }
        long now = c.sequence().getAsLong();
        long then = before.get().sequence().getAsLong();
        if (!SequenceNumbers.isValid(now) || !SequenceNumbers.isValid(then)) {
            return;
        }
        int order = SequenceNumbers.compare((int) now, (int) then);
        if (order < 0 || order == 0 && !c.equals(before.get())) {
            out.error(Problem.Category.SEQUENCE, where, "sequence " + now + " is not newer than the current " + then
                    + (order == 0 ? " although the configuration changed" : "") + " (RFC 6940, 6.3.2.1, 6.5.4.2)");
        }
    }
}
