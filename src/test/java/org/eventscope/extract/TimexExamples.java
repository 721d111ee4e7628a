package org.eventscope.extract;

import org.eventscope.model.Analysis;
import org.eventscope.model.Timex;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Date examples written as a table: in an article of {@code dct}, the expression {@code expr} of {@code sentence}
 * has the TimeML value {@code expected} ("-" = it is not a date expression; a dct of "none" = publication date
 * unknown). {@code main} prints a pass rate for
 * any such table (used to probe the tagger with a written list of news expressions).
 */
final class TimexExamples {
    record Row(String dct, String sentence, String expr, String expected) {
        /** Null when the tagger agrees, else what it returned. */
        String check() {
            Analysis a = Examples.analyse(sentence, dct.equals("none") ? null : dct);
            if (expected.equals("-")) {
                for (Timex t : a.timex()) {
                    String a1 = " " + t.text() + " ";
                    String b1 = " " + expr + " ";
                    if (a1.contains(b1) || b1.contains(a1)) return "tagged " + t.text() + "=" + t.value();
                }
                return null;
            }
            for (Timex t : a.timex()) if (t.text().equals(expr) && t.value().equals(expected)) return null;
            return a.timex().stream().map(t -> t.text() + "=" + t.value()).collect(Collectors.joining(", "));
        }

        @Override
        public String toString() {
            return "'" + expr + "' in \"" + sentence + "\" (article of " + dct + ") is " + expected;
        }
    }

    private TimexExamples() {
    }

    static List<Row> parse(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        for (String l : lines) {
            if (l.isBlank() || l.startsWith("#")) continue;
            String[] f = l.split("\t");
            if (f.length != 4) throw new IllegalArgumentException("expected 4 tab-separated fields: " + l);
            rows.add(new Row(f[0], f[1], f[2], f[3]));
        }
        return rows;
    }

    public static void main(String[] args) throws IOException {
        List<Row> rows = parse(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8));
        int ok = 0;
        for (Row r : rows) {
            String got = r.check();
            if (got == null) ok++;
            else System.out.println("FAIL " + r + "; got: " + got);
        }
        System.out.printf("%d / %d pass (%.3f)%n", ok, rows.size(), ok / (double) rows.size());
    }
}
