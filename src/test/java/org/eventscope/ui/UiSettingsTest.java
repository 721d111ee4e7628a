package org.eventscope.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the window remembers between runs comes back as it was; a damaged file means defaults, never a failure. */
class UiSettingsTest {
    @TempDir
    Path dir;

    @Test
    void whatIsSavedComesBack() {
        Path db = dir.resolve("news.db");
        UiSettings s = new UiSettings();
        s.x = 40;
        s.y = 30;
        s.width = 1500;
        s.height = 900;
        s.dividers = List.of(0.2, 0.8);
        s.centerDivider = 0.6;
        s.visibleStart = 1.2e12;
        s.visibleEnd = 1.7e12;
        s.laneMode = "PARTICIPANT";
        s.kinds = List.of("MEETING", "VISIT");
        s.hideLowConfidence = true;
        s.from = "2008-01-01";
        s.dark = true;
        s.save(db);
        assertTrue(Files.exists(dir.resolve("news.db.ui.properties")));
        UiSettings back = UiSettings.load(db);
        assertEquals(40, back.x);
        assertEquals(1500, back.width);
        assertEquals(List.of(0.2, 0.8), back.dividers);
        assertEquals(1.7e12, back.visibleEnd);
        assertEquals("PARTICIPANT", back.laneMode);
        assertEquals(List.of("MEETING", "VISIT"), back.kinds);
        assertTrue(back.hideLowConfidence);
        assertEquals("2008-01-01", back.from);
        assertNull(back.to);
        assertTrue(back.dark);
    }

    @Test
    void aMissingOrDamagedFileGivesDefaults() throws Exception {
        Path db = dir.resolve("other.db");
        assertEquals(1360, UiSettings.load(db).width);
        Files.writeString(dir.resolve("other.db.ui.properties"), "width=banana\ndividers=1,x\n\\u12");
        UiSettings s = UiSettings.load(db);
        assertEquals(1360, s.width);
        assertFalse(s.dark);
    }
}
