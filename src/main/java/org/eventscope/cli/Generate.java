package org.eventscope.cli;

import org.eventscope.store.Store;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code generate --events N --db FILE [--years Y] [--seed S]}: a synthetic database for the timeline benchmark. */
final class Generate {
    private Generate() {
    }

    static int run(List<String> raw, PrintStream out) {
        Args a = Args.parse(raw, Set.of("--events", "--db", "--years", "--seed"), Set.of());
        String db = a.one("--db");
        if (db == null) throw new Args.UsageException("generate needs --db FILE (it never writes to your own database by default)");
        int n = positiveInt(a.one("--events"), "--events", 1_000);
        int years = positiveInt(a.one("--years"), "--years", 200);
        long seed = a.one("--seed") == null ? 42 : Long.parseLong(a.one("--seed"));
        long t0 = System.nanoTime();
        try (Store store = Store.open(Path.of(db))) {
            org.eventscope.store.Synthetic.generate(store, n, years, seed, done -> { });
            out.printf("generated %,d events over %d years in %.1f s — database: %s%n", n, years,
                    (System.nanoTime() - t0) / 1e9, store.file());
        }
        return 0;
    }

    private static int positiveInt(String s, String name, int fallback) {
        if (s == null) return fallback;
        try {
            int v = Integer.parseInt(s.replace("_", "").replace(",", ""));
            if (v <= 0) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new Args.UsageException(name + " needs a positive whole number, not '" + s + "'");
        }
    }
}
