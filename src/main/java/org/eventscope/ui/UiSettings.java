package org.eventscope.ui;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * What the window remembers between runs, kept beside the database ({@code eventscope.db} → {@code eventscope.db.ui.json}):
 * size and position, split positions, the timeline's zoom and visible range, lane mode, filters, theme.
 * A missing or unreadable file means defaults; it never stops the app.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
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

    private static final ObjectMapper JSON = new ObjectMapper();

    public static Path fileFor(Path database) {
        return database.toAbsolutePath().resolveSibling(database.getFileName() + ".ui.json");
    }

    public static UiSettings load(Path database) {
        Path f = fileFor(database);
        try {
            if (Files.exists(f)) return JSON.readValue(f.toFile(), UiSettings.class);
        } catch (IOException | RuntimeException e) {
            System.err.println("eventscope: ignoring unreadable window settings " + f + ": " + e.getMessage());
        }
        return new UiSettings();
    }

    public void save(Path database) {
        Path f = fileFor(database);
        try {
            Path tmp = f.resolveSibling(f.getFileName() + ".part");
            JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), this);
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("eventscope: could not save window settings " + f + ": " + e.getMessage());
        }
    }
}
