package org.eventscope.store;

import org.eventscope.model.DateSource;
import org.eventscope.model.DocumentInfo;
import org.eventscope.model.TimeValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreTest {
    @TempDir
    Path dir;

    @Test
    void aNewDatabaseIsCreatedAtTheLatestSchemaInWalModeWithForeignKeys() throws Exception {
        Path db = dir.resolve("sub/folder/new.db");
        try (Store store = Store.open(db)) {
            assertEquals(Store.latestSchemaVersion(), store.schemaVersion());
            assertEquals(0, store.documents().count());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            assertEquals("wal", one(s, "PRAGMA journal_mode"));
            assertEquals(String.valueOf(Migrations.APPLICATION_ID), one(s, "PRAGMA application_id"));
        }
    }

    @Test
    void everyEarlierVersionIsUpgradedKeepingItsData() throws Exception {
        for (int version = 0; version < Migrations.LATEST; version++) {
            Path db = dir.resolve("v" + version + ".db");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
                Migrations.migrate(c, 0, version);
                if (version >= 1) {
                    try (Statement s = c.createStatement()) {
                        s.execute("INSERT INTO documents(path, file, hash, title, text, published, published_from, imported_at) "
                                + "VALUES ('/a.txt', 'a.txt', 'h1', 'Old article', 'Text of an old article about Tbilisi.', '2020-05-01', 'HEADER', '2024-01-01T00:00:00Z')");
                    }
                }
            }
            try (Store store = Store.open(db)) {
                assertEquals(Migrations.LATEST, store.schemaVersion(), "from version " + version);
                if (version >= 1) {
                    assertEquals(1, store.documents().count());
                    // The full-text index built by a later step covers rows written before it.
                    assertEquals(1, store.search("Tbilisi", 10).size(), "search after upgrade from " + version);
                }
            }
        }
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedAndLeftUntouched() throws Exception {
        Path f = dir.resolve("notes.db");
        Files.writeString(f, "These are my notes, not a database.\n");
        String before = hash(f);
        StoreException e = assertThrows(StoreException.class, () -> Store.open(f));
        assertTrue(e.getMessage().contains("not an Eventscope database"), e.getMessage());
        assertEquals(before, hash(f));
        assertTrue(Files.notExists(dir.resolve("notes.db-wal")));
    }

    @Test
    void anotherProgramsSqliteDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path f = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT)");
            s.execute("INSERT INTO customers(name) VALUES ('Ada')");
        }
        String before = hash(f);
        StoreException e = assertThrows(StoreException.class, () -> Store.open(f));
        assertTrue(e.getMessage().contains("another program"), e.getMessage());
        assertEquals(before, hash(f));
    }

    @Test
    void aDatabaseFromANewerEventscopeIsRefusedAndLeftUntouched() throws Exception {
        Path f = dir.resolve("newer.db");
        try (Store store = Store.open(f)) {
            assertEquals(Migrations.LATEST, store.schemaVersion());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = DELETE");
            s.execute("PRAGMA user_version = " + (Migrations.LATEST + 5));
        }
        String before = hash(f);
        StoreException e = assertThrows(StoreException.class, () -> Store.open(f));
        assertTrue(e.getMessage().contains("newer Eventscope"), e.getMessage());
        assertEquals(before, hash(f));
    }

    @Test
    void aDamagedDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path f = dir.resolve("damaged.db");
        try (Store store = Store.open(f)) {
            for (int i = 0; i < 200; i++) {
                long id = i;
                store.inTransaction(() -> store.documents().insert("/x" + id, "hash" + id, "word ".repeat(400),
                        new DocumentInfo("x" + id + ".txt", "T" + id, TimeValue.day(2020, 1, 1), DateSource.HEADER, null), Instant.now()));
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            s.execute("PRAGMA journal_mode = DELETE");
        }
        byte[] bytes = Files.readAllBytes(f);
        // Scribble over the middle of the file, past the header.
        for (int i = bytes.length / 2; i < bytes.length / 2 + 8192 && i < bytes.length; i++) bytes[i] = (byte) 0xA5;
        Files.write(f, bytes);
        String before = hash(f);
        StoreException e = assertThrows(StoreException.class, () -> Store.open(f));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        assertEquals(before, hash(f));
    }

    @Test
    void searchAcceptsAnythingAPersonTypes() throws Exception {
        try (Store store = Store.open(dir.resolve("s.db"))) {
            store.inTransaction(() -> store.documents().insert("/a", "h", "Lavrov met Medoev in Moscow on Monday.",
                    new DocumentInfo("a.txt", "Lavrov meets Medoev", null, DateSource.UNKNOWN, null), Instant.now()));
            for (String hostile : new String[]{"\"", "\"unbalanced", "*", "NEAR", "NEAR(", "-", "lavrov -", "(((", ")",
                    "a OR", "AND", "title:", "^", "'; DROP TABLE documents; --", "", "   "}) {
                store.search(hostile, 10);
            }
            assertEquals(1, store.search("medo", 10).size(), "prefix of the last word");
            assertEquals(1, store.search("lavrov (moscow", 10).size());
            assertEquals(0, store.search("Tbilisi", 10).size());
            assertEquals(1, store.documents().count());
        }
    }

    private static String one(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static String hash(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)))
                + Files.exists(f.resolveSibling(f.getFileName() + "-wal"));
    }
}
