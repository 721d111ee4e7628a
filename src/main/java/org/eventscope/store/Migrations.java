package org.eventscope.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema, as numbered steps. Step i (1-based) upgrades a database of version i-1 to version i;
 * {@code PRAGMA user_version} records how far a database has come. Never edit a released step: add one.
 */
final class Migrations {

    /** Marks a SQLite file as Eventscope's ("EVSC"). */
    static final int APPLICATION_ID = 0x45565343;

    /** Keeps the event titles' full-text index up to date on insert (dropped and recreated around bulk loads). */
    static final String EVENTS_AI = """
            CREATE TRIGGER events_ai AFTER INSERT ON events BEGIN
              INSERT INTO events_fts(rowid, title) VALUES (new.id, new.title); END""";

    static final List<String[]> STEPS = List.of(
            // 1: documents, participants, per-document event mentions, merged events and their sources.
            new String[]{
                    """
                    CREATE TABLE documents(
                      id INTEGER PRIMARY KEY,
                      path TEXT NOT NULL,
                      file TEXT NOT NULL,
                      hash TEXT NOT NULL UNIQUE,
                      title TEXT NOT NULL,
                      text TEXT NOT NULL,
                      published TEXT,
                      published_from TEXT NOT NULL,
                      author TEXT,
                      imported_at TEXT NOT NULL)""",
                    """
                    CREATE TABLE participants(
                      id INTEGER PRIMARY KEY,
                      key TEXT NOT NULL,
                      kind TEXT NOT NULL CHECK (kind IN ('PERSON','ORGANIZATION','PLACE')),
                      name TEXT NOT NULL,
                      title TEXT,
                      UNIQUE(key, kind))""",
                    """
                    CREATE TABLE participant_aliases(
                      participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
                      alias TEXT NOT NULL,
                      PRIMARY KEY(participant_id, alias))""",
                    """
                    CREATE TABLE entity_mentions(
                      id INTEGER PRIMARY KEY,
                      participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
                      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                      offset INTEGER NOT NULL,
                      length INTEGER NOT NULL,
                      text TEXT NOT NULL)""",
                    "CREATE INDEX entity_mentions_doc ON entity_mentions(document_id)",
                    "CREATE INDEX entity_mentions_participant ON entity_mentions(participant_id)",
                    """
                    CREATE TABLE event_mentions(
                      id INTEGER PRIMARY KEY,
                      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                      kind TEXT NOT NULL,
                      title TEXT NOT NULL,
                      when_value TEXT NOT NULL,
                      confidence REAL NOT NULL,
                      sentence_offset INTEGER NOT NULL,
                      sentence_length INTEGER NOT NULL,
                      date_text TEXT,
                      participants TEXT NOT NULL)""",
                    "CREATE INDEX event_mentions_doc ON event_mentions(document_id)",
                    """
                    CREATE TABLE events(
                      id INTEGER PRIMARY KEY,
                      key TEXT,
                      origin TEXT NOT NULL DEFAULT 'extracted',
                      kind TEXT NOT NULL,
                      title TEXT NOT NULL,
                      when_value TEXT NOT NULL,
                      start_day INTEGER,
                      end_day INTEGER,
                      precision TEXT NOT NULL,
                      year_known INTEGER NOT NULL,
                      confidence REAL NOT NULL,
                      disputed INTEGER NOT NULL DEFAULT 0,
                      source_count INTEGER NOT NULL DEFAULT 0)""",
                    "CREATE INDEX events_span ON events(start_day, end_day)",
                    "CREATE INDEX events_end ON events(end_day)",
                    "CREATE INDEX events_key ON events(key)",
                    """
                    CREATE TABLE event_sources(
                      id INTEGER PRIMARY KEY,
                      event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
                      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                      mention_id INTEGER REFERENCES event_mentions(id) ON DELETE SET NULL,
                      sentence_offset INTEGER NOT NULL,
                      sentence_length INTEGER NOT NULL,
                      date_text TEXT,
                      when_value TEXT NOT NULL)""",
                    "CREATE INDEX event_sources_event ON event_sources(event_id)",
                    "CREATE INDEX event_sources_doc ON event_sources(document_id)",
                    """
                    CREATE TABLE event_participants(
                      event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
                      participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
                      role TEXT NOT NULL DEFAULT 'actor',
                      PRIMARY KEY(event_id, participant_id))""",
                    "CREATE INDEX event_participants_participant ON event_participants(participant_id)"
            },
            // 2: user corrections (kept apart from derived data) and full-text search.
            new String[]{
                    """
                    CREATE TABLE corrections(
                      id INTEGER PRIMARY KEY,
                      target TEXT NOT NULL CHECK (target IN ('document','event','participant')),
                      target_key TEXT NOT NULL,
                      field TEXT NOT NULL,
                      value TEXT,
                      previous TEXT,
                      created_at TEXT NOT NULL,
                      undone INTEGER NOT NULL DEFAULT 0)""",
                    "CREATE INDEX corrections_target ON corrections(target, target_key)",
                    "CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id')",
                    "CREATE VIRTUAL TABLE events_fts USING fts5(title, content='events', content_rowid='id')",
                    """
                    CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
                      INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END""",
                    """
                    CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
                      INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END""",
                    """
                    CREATE TRIGGER documents_au AFTER UPDATE OF title, text ON documents BEGIN
                      INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
                      INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END""",
                    EVENTS_AI,
                    """
                    CREATE TRIGGER events_ad AFTER DELETE ON events BEGIN
                      INSERT INTO events_fts(events_fts, rowid, title) VALUES ('delete', old.id, old.title); END""",
                    """
                    CREATE TRIGGER events_au AFTER UPDATE OF title ON events BEGIN
                      INSERT INTO events_fts(events_fts, rowid, title) VALUES ('delete', old.id, old.title);
                      INSERT INTO events_fts(rowid, title) VALUES (new.id, new.title); END""",
                    "INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')",
                    "INSERT INTO events_fts(events_fts) VALUES ('rebuild')"
            },
            // 3: which extraction rules analysed each document (null: not recorded, older than this step).
            new String[]{
                    "ALTER TABLE documents ADD COLUMN analysed_with TEXT"
            });

    static final int LATEST = STEPS.size();

    private Migrations() {
    }

    /** Upgrades {@code c} from {@code from} to {@code to}, each step in its own transaction. */
    static void migrate(Connection c, int from, int to) throws SQLException {
        for (int v = from + 1; v <= to; v++) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : STEPS.get(v - 1)) s.execute(sql);
                s.execute("PRAGMA user_version = " + v);
                s.execute("PRAGMA application_id = " + APPLICATION_ID);
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }
}
