package org.eventscope.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parsed command-line arguments: positional words, options with values, and flags. */
final class Args {
    final List<String> positional = new ArrayList<>();
    final Map<String, List<String>> options = new LinkedHashMap<>();
    final List<String> flags = new ArrayList<>();

    /** Thrown for a usage error; the message is shown with exit code 2. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    static Args parse(List<String> raw, Set<String> withValue, Set<String> flagNames) {
        Args a = new Args();
        for (int i = 0; i < raw.size(); i++) {
            String s = raw.get(i);
            if (s.startsWith("--") && s.length() > 2) {
                String name = s;
                String value = null;
                int eq = s.indexOf('=');
                if (eq > 0) {
                    name = s.substring(0, eq);
                    value = s.substring(eq + 1);
                }
                if (withValue.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= raw.size()) throw new UsageException(name + " needs a value");
                        value = raw.get(++i);
                    }
                    a.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                } else if (flagNames.contains(name) && value == null) {
                    a.flags.add(name);
                } else {
                    throw new UsageException("unknown option " + name);
                }
            } else {
                a.positional.add(s);
            }
        }
        return a;
    }

    String one(String name) {
        List<String> v = options.get(name);
        if (v == null) return null;
        if (v.size() > 1) throw new UsageException(name + " given more than once");
        return v.get(0);
    }

    List<String> all(String name) {
        return options.getOrDefault(name, List.of());
    }

    boolean has(String flag) {
        return flags.contains(flag);
    }
}
