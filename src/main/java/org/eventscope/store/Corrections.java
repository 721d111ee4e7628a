package org.eventscope.store;

import org.eventscope.model.DateSource;
import org.eventscope.model.Document;
import org.eventscope.model.EventKind;
import org.eventscope.model.TimeValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.eventscope.store.Store.sql;

/**
 * What users corrected, kept apart from derived data and keyed by stable keys (a document's content hash,
 * an event source's hash:offset:date-text), so re-analysis and re-import never lose a correction.
 */
public final class Corrections {

    /** Event fields a user may correct. */
    public enum EventField { TITLE, KIND, WHEN, REMOVED }

    public record Correction(long id, String target, String targetKey, String field, String value, String previous,
                             Instant createdAt) {
    }

    private final Connection c;

    Corrections(Connection c) {
        this.c = c;
    }

    /** Records the user's publication date for a document and sets it; the caller re-analyses the document. */
    public void setDocumentDate(Document d, TimeValue value) {
        sql(() -> {
            record("document", d.hash(), "published", value == null ? null : value.timeml(),
                    d.published() == null ? null : d.published().timeml() + "|" + d.publishedFrom().name());
            return null;
        });
        new Documents(c).setPublished(d.id(), value, DateSource.USER);
    }

    /** The publication date a user set for the document with this content hash, if any. */
    public Optional<TimeValue> documentDate(String hash) {
        return sql(() -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM corrections WHERE target = 'document' "
                    + "AND target_key = ? AND field = 'published' AND undone = 0 ORDER BY id DESC LIMIT 1")) {
                ps.setString(1, hash);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? TimeValue.parse(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Corrects one field of an event and applies it at once. Returns false when the event has no sources to anchor it. */
    public boolean editEvent(long eventId, EventField field, String value, Events events) {
        Optional<String> key = events.keyOf(eventId);
        if (key.isEmpty()) return false;
        validate(field, value);
        sql(() -> {
            String previous = events.get(eventId).map(e -> switch (field) {
                case TITLE -> e.title();
                case KIND -> e.kind().name();
                case WHEN -> e.when().timeml();
                case REMOVED -> "false";
            }).orElse(null);
            record("event", key.get(), field.name(), value, previous);
            apply(eventId, field, value, events);
            return null;
        });
        return true;
    }

    private static void validate(EventField field, String value) {
        switch (field) {
            case KIND -> EventKind.valueOf(value);
            case WHEN -> {
                if (TimeValue.parse(value).isEmpty()) throw new IllegalArgumentException("Not a date: " + value);
            }
            case TITLE -> {
                if (value == null || value.isBlank()) throw new IllegalArgumentException("A title cannot be empty.");
            }
            case REMOVED -> { }
        }
    }

    private static void apply(long eventId, EventField field, String value, Events events) throws SQLException {
        switch (field) {
            case TITLE -> events.updateText(eventId, "title", value);
            case KIND -> events.updateText(eventId, "kind", value);
            case WHEN -> events.updateWhen(eventId, TimeValue.parse(value).orElseThrow());
            case REMOVED -> {
                if (Boolean.parseBoolean(value)) events.delete(eventId);
            }
        }
    }

    /** Re-applies every event correction after a rebuild; {@code eventBySourceKey} maps source keys to new event ids. */
    void applyToEvents(Map<String, Long> eventBySourceKey, Events events) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT target_key, field, value FROM corrections WHERE target = 'event' AND undone = 0 ORDER BY id")) {
            while (rs.next()) {
                Long id = eventBySourceKey.get(rs.getString(1));
                if (id == null) continue;
                EventField field;
                try {
                    field = EventField.valueOf(rs.getString(2));
                    apply(id, field, rs.getString(3), events);
                } catch (IllegalArgumentException | java.util.NoSuchElementException ignored) {
                    // A correction this version cannot apply (or a value no longer valid) is kept, not lost.
                }
            }
        }
    }

    /**
     * Marks the newest correction as undone and returns it, so the caller can restore derived data
     * (re-analyse a document, or rebuild events).
     */
    public Optional<Correction> undoLast() {
        return sql(() -> {
            Optional<Correction> last = Optional.empty();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT id, target, target_key, field, value, previous, created_at FROM corrections WHERE undone = 0 ORDER BY id DESC LIMIT 1")) {
                if (rs.next()) last = Optional.of(read(rs));
            }
            if (last.isPresent()) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE corrections SET undone = 1 WHERE id = ?")) {
                    ps.setLong(1, last.get().id());
                    ps.executeUpdate();
                }
                Correction k = last.get();
                if (k.target().equals("document") && k.field().equals("published")) {
                    Optional<TimeValue> restored = documentDate(k.targetKey());
                    DateSource from = DateSource.USER;
                    if (restored.isEmpty() && k.previous() != null) {
                        String[] parts = k.previous().split("\\|");
                        restored = TimeValue.parse(parts[0]);
                        from = parts.length > 1 ? DateSource.valueOf(parts[1]) : DateSource.UNKNOWN;
                    }
                    Optional<Long> doc = new Documents(c).idByHash(k.targetKey());
                    if (doc.isPresent()) new Documents(c).setPublished(doc.get(), restored.orElse(null), from);
                }
            }
            return last;
        });
    }

    /** Every correction still in force, oldest first. */
    public List<Correction> active() {
        return sql(() -> {
            List<Correction> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT id, target, target_key, field, value, previous, created_at FROM corrections WHERE undone = 0 ORDER BY id")) {
                while (rs.next()) out.add(read(rs));
            }
            return out;
        });
    }

    private void record(String target, String key, String field, String value, String previous) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO corrections(target, target_key, field, value, previous, created_at) VALUES (?,?,?,?,?,?)")) {
            ps.setString(1, target);
            ps.setString(2, key);
            ps.setString(3, field);
            ps.setString(4, value);
            ps.setString(5, previous);
            ps.setString(6, Instant.now().toString());
            ps.executeUpdate();
        }
    }

    private static Correction read(ResultSet rs) throws SQLException {
        return new Correction(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), Instant.parse(rs.getString(7)));
    }
}
