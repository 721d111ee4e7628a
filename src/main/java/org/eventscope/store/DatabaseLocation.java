package org.eventscope.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the database lives: {@code --db FILE}, else {@code EVENTSCOPE_DB}, else the platform's per-user data folder
 * ({@code $XDG_DATA_HOME/eventscope} or {@code ~/.local/share/eventscope} on Linux,
 * {@code %APPDATA%\Eventscope} on Windows, {@code ~/Library/Application Support/Eventscope} on macOS).
 */
public final class DatabaseLocation {
    public static final String FILE_NAME = "eventscope.db";

    private DatabaseLocation() {
    }

    public static Path resolve(String dbOption) {
        return resolve(dbOption, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path resolve(String dbOption, Map<String, String> env, String osName, String home) {
        if (dbOption != null && !dbOption.isBlank()) return Path.of(dbOption);
        String fromEnv = env.get("EVENTSCOPE_DB");
        if (fromEnv != null && !fromEnv.isBlank()) return Path.of(fromEnv);
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve("Eventscope").resolve(FILE_NAME);
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Eventscope", FILE_NAME);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("eventscope").resolve(FILE_NAME);
    }
}
