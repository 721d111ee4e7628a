package org.eventscope.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DatabaseLocationTest {
    @Test
    void theOptionWinsThenTheEnvironmentThenThePlatformFolder() {
        Map<String, String> env = Map.of("EVENTSCOPE_DB", "/env/e.db", "XDG_DATA_HOME", "/xdg");
        assertEquals(Path.of("/opt/x.db"), DatabaseLocation.resolve("/opt/x.db", env, "Linux", "/home/u"));
        assertEquals(Path.of("/env/e.db"), DatabaseLocation.resolve(null, env, "Linux", "/home/u"));
        assertEquals(Path.of("/xdg/eventscope/eventscope.db"), DatabaseLocation.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", "/home/u"));
        assertEquals(Path.of("/home/u/.local/share/eventscope/eventscope.db"), DatabaseLocation.resolve(null, Map.of(), "Linux", "/home/u"));
        assertEquals(Path.of("/home/u/Library/Application Support/Eventscope/eventscope.db"),
                DatabaseLocation.resolve(null, Map.of(), "Mac OS X", "/home/u"));
        assertEquals(Path.of("C:/Users/u/AppData/Roaming", "Eventscope", "eventscope.db"),
                DatabaseLocation.resolve(null, Map.of("APPDATA", "C:/Users/u/AppData/Roaming"), "Windows 11", "C:/Users/u"));
    }
}
