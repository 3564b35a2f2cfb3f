package org.reloadj.shell;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reloadj.api.KindId;
import org.reloadj.api.kind.KindDefinition;

/**
 * Finds a kind the way an operator names it (RFC 6940, 5.2): by its name, case-insensitively
 * (CERTIFICATE_BY_USER, demo-note), or by its Kind-ID, decimal or hex with {@code 0x}.
 */
public final class KindNames {
    private KindNames() {
    }

    /**
     * The kind {@code name} names among {@code known}; a number the node does not know yields a
     * definition-less Kind-ID (the overlay then answers Error_Unknown_Kind).
     *
     * @throws IllegalArgumentException when the name matches no known kind and is not a number
     */
    public static Resolved resolve(String name, List<KindDefinition> known) {
        Optional<KindId> number = number(name);
        if (number.isPresent()) {
            KindId id = number.get();
            return new Resolved(id, known.stream().filter(k -> k.id().equals(id)).findFirst());
        }
        String wanted = name.toLowerCase(Locale.ROOT);
        return known.stream().filter(k -> k.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst()
                .map(k -> new Resolved(k.id(), Optional.of(k)))
                .orElseThrow(() -> new IllegalArgumentException("no kind is named " + name + "; see the kinds command"));
    }

    private static Optional<KindId> number(String text) {
        try {
            long value = text.startsWith("0x") || text.startsWith("0X") ? Long.parseLong(text.substring(2), 16)
                    : Long.parseLong(text);
            return Optional.of(new KindId(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * A kind named by an operator.
     *
     * @param id         its Kind-ID
     * @param definition its definition, when the node knows it
     */
    public record Resolved(KindId id, Optional<KindDefinition> definition) {
    }
}
