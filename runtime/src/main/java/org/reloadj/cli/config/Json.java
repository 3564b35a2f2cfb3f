package org.reloadj.cli.config;

import java.util.List;
import java.util.Map;

/**
 * Writes a tree of maps (objects, in their iteration order), lists, strings, numbers, booleans and
 * nulls as indented JSON (RFC 8259), escaping strings as the RFC requires.
 */
final class Json {
    private final StringBuilder out = new StringBuilder();

    private Json() {
    }

    /** The JSON text of {@code value}, with a final line break. */
    static String write(Object value) {
        Json json = new Json();
        json.value(value, 0);
        return json.out.append('\n').toString();
    }

    private void value(Object v, int depth) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof Map<?, ?> map) {
            object(map, depth);
        } else if (v instanceof List<?> list) {
            array(list, depth);
        } else if (v instanceof Number || v instanceof Boolean) {
            out.append(v);
        } else {
            string(v.toString());
        }
    }

    private void object(Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        String sep = "\n";
        for (Map.Entry<?, ?> e : map.entrySet()) {
            out.append(sep).append("  ".repeat(depth + 1));
            string(e.getKey().toString());
            out.append(": ");
            value(e.getValue(), depth + 1);
            sep = ",\n";
        }
        out.append('\n').append("  ".repeat(depth)).append('}');
    }

    private void array(List<?> list, int depth) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        String sep = "\n";
        for (Object item : list) {
            out.append(sep).append("  ".repeat(depth + 1));
            value(item, depth + 1);
            sep = ",\n";
        }
        out.append('\n').append("  ".repeat(depth)).append(']');
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
