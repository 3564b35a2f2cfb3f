package org.reloadj.config.internal.xml;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.reloadj.api.Opaque;

/**
 * Reads the XML Schema datatypes the grammar of RFC 6940, 11.1.1 uses, after the whitespace
 * collapsing those types apply. Lexically wrong values give an empty result: the grammar check
 * reports them, the model keeps the default.
 */
final class XsdValues {
    private XsdValues() {
    }

    /** {@code xsd:int} (and {@code xsd:unsignedByte}, range checked elsewhere). */
    static OptionalInt xsdInt(String text) {
        OptionalLong v = xsdLong(text);
        if (v.isEmpty() || v.getAsLong() < Integer.MIN_VALUE || v.getAsLong() > Integer.MAX_VALUE) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) v.getAsLong());
    }

    /** {@code xsd:long} (and {@code xsd:unsignedInt}). */
    static OptionalLong xsdLong(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 20) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(t));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** {@code xsd:boolean}: {@code true}, {@code 1}, {@code false}, {@code 0}. */
    static Optional<Boolean> xsdBoolean(String text) {
        return switch (text.strip()) {
            case "true", "1" -> Optional.of(true);
            case "false", "0" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** {@code xsd:base64Binary}: white space inside is allowed and ignored. */
    static Optional<Opaque> base64(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.chars().filter(c -> c != ' ' && c != '\t' && c != '\r' && c != '\n').forEach(c -> sb.append((char) c));
        try {
            return Optional.of(Opaque.of(Base64.getDecoder().decode(sb.toString())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code xsd:dateTime} as an instant. RFC 6940, 11.1 wants UTC; a value with another offset is
     * converted, one without a zone is read as UTC (the caller notes both).
     */
    static Optional<DateTime> dateTime(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        try {
            OffsetDateTime odt = OffsetDateTime.parse(t);
            return Optional.of(new DateTime(odt.toInstant(), odt.getOffset().equals(ZoneOffset.UTC)));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(new DateTime(LocalDateTime.parse(t).toInstant(ZoneOffset.UTC), false));
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    /**
     * A date and time read.
     *
     * @param instant the instant
     * @param utc     whether it was written in UTC
     */
    record DateTime(Instant instant, boolean utc) {
    }
}
