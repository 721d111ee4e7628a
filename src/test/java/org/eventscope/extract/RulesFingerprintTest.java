package org.eventscope.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Any change to a rule class or word list changes the rules' name, in a classes folder and in a jar alike. */
class RulesFingerprintTest {
    @TempDir
    Path dir;

    @Test
    void aChangedWordListChangesTheRulesAndTheSameFilesGiveTheSameRulesInAFolderOrAJar() throws Exception {
        Path pkg = Files.createDirectories(dir.resolve("classes/org/eventscope/extract"));
        Files.writeString(pkg.resolve("lexicon.txt"), "minister\n");
        Files.writeString(pkg.resolve("Rule.class"), "bytes");
        Files.writeString(dir.resolve("classes/Other.class"), "outside the package");
        String before = RulesFingerprint.of(dir.resolve("classes"));
        assertEquals(before, RulesFingerprint.of(jar(dir.resolve("a.jar"), "minister\n")));

        Files.writeString(dir.resolve("classes/Other.class"), "changed outside the package");
        assertEquals(before, RulesFingerprint.of(dir.resolve("classes")), "other packages do not count");
        Files.writeString(pkg.resolve("lexicon.txt"), "minister\nambassador\n");
        assertNotEquals(before, RulesFingerprint.of(dir.resolve("classes")));
        assertNotEquals(before, RulesFingerprint.of(jar(dir.resolve("b.jar"), "minister\nambassador\n")));
    }

    private static Path jar(Path file, String lexicon) throws Exception {
        try (OutputStream o = Files.newOutputStream(file); JarOutputStream j = new JarOutputStream(o)) {
            j.putNextEntry(new JarEntry("org/eventscope/extract/Rule.class"));
            j.write("bytes".getBytes());
            j.putNextEntry(new JarEntry("org/eventscope/extract/lexicon.txt"));
            j.write(lexicon.getBytes());
            j.putNextEntry(new JarEntry("Other.class"));
            j.write("x".getBytes());
        }
        return file;
    }
}
