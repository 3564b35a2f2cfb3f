package org.reloadj.shell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments: positional ones, and options that take a value ({@code --index 3}),
 * anywhere among them.
 */
final class Arguments {
    private final List<String> positional;
    private final Map<String, String> options;

    private Arguments(List<String> positional, Map<String, String> options) {
        this.positional = positional;
        this.options = options;
    }

    /**
     * Reads {@code args}: {@code min} to {@code max} positional arguments and the options named.
     *
     * @throws IllegalArgumentException for another count, an unknown option, or an option without value
     */
    static Arguments of(List<String> args, int min, int max, String... optionNames) {
        Set<String> known = Set.of(optionNames);
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--") && arg.length() > 2) {
                if (!known.contains(arg)) {
                    throw new IllegalArgumentException("unknown option " + arg);
                }
                if (i + 1 == args.size()) {
                    throw new IllegalArgumentException(arg + " takes a value");
                }
                options.put(arg, args.get(++i));
            } else {
                positional.add(arg);
            }
        }
        if (positional.size() < min || positional.size() > max) {
            throw new IllegalArgumentException("expected " + (min == max ? Integer.toString(min) : min + " to " + max)
                    + " arguments, got " + positional.size());
        }
        return new Arguments(List.copyOf(positional), Map.copyOf(options));
    }

    /** The {@code i}th positional argument. */
    String positional(int i) {
        return positional.get(i);
    }

    /** The number of positional arguments. */
    int count() {
        return positional.size();
    }

    /** The value of option {@code name}, if given. */
    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }
}
