package org.reloadj.sim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A flat JSON object written on one line, its members in the order they were put: numbers, strings
 * and null. Decimals are rounded to six places, so that equal runs print equal text.
 */
final class Json {
    private final Map<String, String> members = new LinkedHashMap<>();

    /** Puts a whole number. */
    Json put(String name, long value) {
        members.put(name, Long.toString(value));
        return this;
    }

    /** Puts a decimal, rounded to six places; null when it is not finite. */
    Json put(String name, double value) {
        members.put(name, Double.isFinite(value)
                ? BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString()
                : "null");
        return this;
    }

    /** Puts a whole number, or null when there is none. */
    Json put(String name, Optional<Long> value) {
        members.put(name, value.map(String::valueOf).orElse("null"));
        return this;
    }

    /** Puts a string; null when {@code value} is null. */
    Json put(String name, String value) {
        members.put(name, value == null ? "null" : quote(value));
        return this;
    }

    /** The members one a line, {@code name: value}, strings unquoted. */
    String toLines() {
        StringBuilder b = new StringBuilder();
        members.forEach((name, value) -> b.append(name).append(": ")
                .append(value.startsWith("\"") ? value.substring(1, value.length() - 1) : value).append('\n'));
        return b.toString().stripTrailing();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("{");
        members.forEach((name, value) -> {
            if (b.length() > 1) {
                b.append(", ");
            }
            b.append(quote(name)).append(": ").append(value);
        });
        return b.append('}').toString();
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
