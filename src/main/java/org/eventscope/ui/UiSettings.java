package org.eventscope.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * What the window remembers between runs, kept beside the database ({@code eventscope.db} → {@code eventscope.db.ui.properties}):
 * size and position, split positions, the timeline's zoom and visible range, lane mode, filters, theme.
 * A missing or unreadable file means defaults; it never stops the app.
 */
public final class UiSettings {
    public double x = Double.NaN;
    public double y = Double.NaN;
    public double width = 1360;
    public double height = 860;
    public boolean maximized;
    public List<Double> dividers = new ArrayList<>(List.of(0.17, 0.75));
    public double centerDivider = 0.72;
    public Double visibleStart;
    public Double visibleEnd;
    public String laneMode = "NONE";
    public List<String> kinds = new ArrayList<>();
    public boolean hideLowConfidence;
    public String from;
    public String to;
    public boolean dark;

    public static Path fileFor(Path database) {
        return database.toAbsolutePath().resolveSibling(database.getFileName() + ".ui.properties");
    }

    /** Reads the settings (a plain properties file: quick to read at start, easy to inspect). */
    public static UiSettings load(Path database) {
        UiSettings s = new UiSettings();
        Path f = fileFor(database);
        if (!Files.exists(f)) return s;
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(in);
            s.x = number(p, "x", s.x);
            s.y = number(p, "y", s.y);
            s.width = number(p, "width", s.width);
            s.height = number(p, "height", s.height);
            s.maximized = Boolean.parseBoolean(p.getProperty("maximized", "false"));
            List<Double> d = numbers(p.getProperty("dividers"));
            if (d.size() == 2) s.dividers = d;
            s.centerDivider = number(p, "centerDivider", s.centerDivider);
            double vs = number(p, "visibleStart", Double.NaN);
            double ve = number(p, "visibleEnd", Double.NaN);
            s.visibleStart = Double.isNaN(vs) ? null : vs;
            s.visibleEnd = Double.isNaN(ve) ? null : ve;
            s.laneMode = p.getProperty("laneMode", s.laneMode);
            String kinds = p.getProperty("kinds", "");
            s.kinds = kinds.isBlank() ? new ArrayList<>() : new ArrayList<>(List.of(kinds.split(",")));
            s.hideLowConfidence = Boolean.parseBoolean(p.getProperty("hideLowConfidence", "false"));
            s.from = p.getProperty("from");
            s.to = p.getProperty("to");
            s.dark = Boolean.parseBoolean(p.getProperty("dark", "false"));
        } catch (IOException | RuntimeException e) {
            System.err.println("eventscope: ignoring unreadable window settings " + f + ": " + e.getMessage());
            return new UiSettings();
        }
        return s;
    }

    private static double number(Properties p, String key, double fallback) {
        String v = p.getProperty(key);
        if (v == null) return fallback;
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static List<Double> numbers(String v) {
        List<Double> out = new ArrayList<>();
        if (v == null) return out;
        for (String part : v.split(",")) {
            try {
                out.add(Double.parseDouble(part.strip()));
            } catch (NumberFormatException e) {
                return List.of();
            }
        }
        return out;
    }

    public void save(Path database) {
        Path f = fileFor(database);
        Properties p = new Properties();
        p.setProperty("x", Double.toString(x));
        p.setProperty("y", Double.toString(y));
        p.setProperty("width", Double.toString(width));
        p.setProperty("height", Double.toString(height));
        p.setProperty("maximized", Boolean.toString(maximized));
        p.setProperty("dividers", String.join(",", dividers.stream().map(String::valueOf).toList()));
        p.setProperty("centerDivider", Double.toString(centerDivider));
        if (visibleStart != null) p.setProperty("visibleStart", Double.toString(visibleStart));
        if (visibleEnd != null) p.setProperty("visibleEnd", Double.toString(visibleEnd));
        p.setProperty("laneMode", laneMode);
        p.setProperty("kinds", String.join(",", kinds));
        p.setProperty("hideLowConfidence", Boolean.toString(hideLowConfidence));
        if (from != null) p.setProperty("from", from);
        if (to != null) p.setProperty("to", to);
        p.setProperty("dark", Boolean.toString(dark));
        try {
            Path tmp = f.resolveSibling(f.getFileName() + ".part");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "Eventscope window settings for " + database.getFileName());
            }
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("eventscope: could not save window settings " + f + ": " + e.getMessage());
        }
    }
}
