package org.eventscope.store;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The one SQLite file that holds an Eventscope workspace. {@link #open(Path)} refuses, without touching it,
 * a file that is not an Eventscope database, is damaged, or was written by a newer Eventscope.
 * Instances are not thread-safe: use one from one thread at a time (the UI's background executor).
 */
public final class Store implements AutoCloseable {

    /** Above this size the full integrity check on open is skipped (it reads every page). */
    private static final long QUICK_CHECK_LIMIT = 64L << 20;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final Connection connection;
    private final Documents documents;
    private final Participants participants;
    private final Events events;
    private final Corrections corrections;

    private Store(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.documents = new Documents(connection);
        this.corrections = new Corrections(connection);
        this.participants = new Participants(connection, corrections);
        this.events = new Events(connection);
    }

    /** Opens (creating if needed, and upgrading) the database at {@code file}. */
    public static Store open(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        try {
            if (Files.exists(abs)) {
                inspectExisting(abs);
            } else if (abs.getParent() != null) {
                Files.createDirectories(abs.getParent());
            }
        } catch (IOException e) {
            throw new StoreException("Cannot read " + abs + ": " + e.getMessage(), e);
        }
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.enforceForeignKeys(true);
            config.setBusyTimeout(5000);
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + abs, config.toProperties());
            int version = intPragma(c, "user_version");
            if (version < Migrations.LATEST) Migrations.migrate(c, version, Migrations.LATEST);
            return new Store(abs, c);
        } catch (SQLException e) {
            throw new StoreException("Cannot open the database " + abs + ": " + e.getMessage(), e);
        }
    }

    /** Checks an existing file with a read-only connection, so a refused file is never modified. */
    private static void inspectExisting(Path abs) throws IOException {
        if (Files.isDirectory(abs)) throw new StoreException(abs + " is a folder, not a database file.");
        if (Files.size(abs) == 0) return;
        byte[] head = new byte[SQLITE_MAGIC.length];
        int n;
        try (InputStream in = Files.newInputStream(abs)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n < head.length || !java.util.Arrays.equals(head, SQLITE_MAGIC)) {
            throw new StoreException(abs + " is not an Eventscope database (it is not a SQLite file). It was left untouched.");
        }
        SQLiteConfig ro = new SQLiteConfig();
        ro.setReadOnly(true);
        ro.setOpenMode(SQLiteOpenMode.READONLY);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + abs, ro.toProperties())) {
            int appId = intPragma(c, "application_id");
            int version = intPragma(c, "user_version");
            int tables;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
                tables = rs.getInt(1);
            }
            if (appId != Migrations.APPLICATION_ID && (appId != 0 || tables > 0)) {
                throw new StoreException(abs + " is a SQLite database of another program, not Eventscope's. It was left untouched.");
            }
            if (version > Migrations.LATEST) {
                throw new StoreException(abs + " was written by a newer Eventscope (schema " + version
                        + "; this version reads up to " + Migrations.LATEST + "). Update Eventscope to open it. It was left untouched.");
            }
            if (Files.size(abs) <= QUICK_CHECK_LIMIT) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                    String result = rs.next() ? rs.getString(1) : "no answer";
                    if (!"ok".equalsIgnoreCase(result)) {
                        throw new StoreException(abs + " is damaged (" + result + "). It was left untouched; restore a backup or choose another file.");
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException(abs + " is damaged or unreadable (" + e.getMessage() + "). It was left untouched.", e);
        }
    }

    private static int intPragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    Connection connection() {
        return connection;
    }

    public Path file() {
        return file;
    }

    public int schemaVersion() {
        return sql(() -> intPragma(connection, "user_version"));
    }

    public static int latestSchemaVersion() {
        return Migrations.LATEST;
    }

    public Documents documents() {
        return documents;
    }

    public Participants participants() {
        return participants;
    }

    public Events events() {
        return events;
    }

    public Corrections corrections() {
        return corrections;
    }

    /** Full-text search over documents and event titles; safe for any typed text. */
    public List<Search.Hit> search(String typed, int limit) {
        return Search.run(connection, typed, limit);
    }

    /**
     * Rebuilds merged events from all documents' mentions and re-applies the user's corrections, in one transaction:
     * participant corrections (merges, renames) first, so events link the participants the user sees, then event
     * corrections (edits, removals, merges, splits). Call after importing, re-analysing, or {@link Corrections#undoLast()}.
     */
    public void rebuildEvents(org.eventscope.extract.EventMerger merger) {
        inTransaction(() -> {
            corrections.applyToParticipants(null);
            events.rebuild(merger, corrections, participants);
            participants.pruneOrphans();
            return null;
        });
    }

    /** Runs {@code work} in one transaction: all of it is stored, or none. */
    public <T> T inTransaction(SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (Throwable t) {
                connection.rollback();
                throw t;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Database error: " + e.getMessage(), e);
        }
    }

    /** A unit of database work. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run() throws SQLException;
    }

    static <T> T sql(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException("Database error: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Cannot close the database: " + e.getMessage(), e);
        }
    }
}
