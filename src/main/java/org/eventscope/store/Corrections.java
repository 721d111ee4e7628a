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
import java.util.Set;

import static org.eventscope.store.Store.sql;

/**
 * What users corrected, kept apart from derived data and keyed by stable keys (a document's content hash,
 * an event source's hash:offset:date-text, a participant's {@code key|kind}), so re-analysis and re-import never lose
 * a correction: {@link Store#rebuildEvents} re-applies participant corrections and then event corrections, oldest
 * first, and storing a document's analysis re-applies the participant corrections about the participants it names.
 *
 * <p>Corrections: a document's publication date; an event's title, kind, date, or removal; merging two events or
 * splitting a source off one; merging two participants or renaming one. {@link #undoLast()} takes back the newest;
 * the caller then rebuilds events (or re-analyses the document, for a publication date).
 * Like the {@link Store}, not thread-safe: call from the store's one background thread.
 */
public final class Corrections {

    /** Event fields a user may correct. */
    public enum EventField { TITLE, KIND, WHEN, REMOVED }

    /**
     * One recorded correction. {@code target} is document, event or participant; {@code targetKey} its stable key.
     * {@code field} and {@code value}: for a document "published" and the date; for an event TITLE, KIND, WHEN or
     * REMOVED and the new value, MERGE and the merged event's key ({@code previous}: its title), or SPLIT (the target
     * key is the split-off source's); for a participant MERGE and the merged participant's {@code key|kind}
     * ({@code previous}: what moved, as JSON) or RENAME and the new name ({@code previous}: the old name).
     */
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

    /**
     * Re-applies every event correction after a rebuild, oldest first; {@code eventBySourceKey} maps source keys to
     * new event ids and is kept up to date as merges and splits move sources between events.
     */
    void applyToEvents(Map<String, Long> eventBySourceKey, Events events) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT target_key, field, value FROM corrections WHERE target = 'event' AND undone = 0 ORDER BY id")) {
            while (rs.next()) rows.add(new String[]{rs.getString(1), rs.getString(2), rs.getString(3)});
        }
        if (rows.isEmpty()) return;
        EventCorrections ops = new EventCorrections(c);
        Participants participants = new Participants(c);
        for (String[] r : rows) {
            Long id = eventBySourceKey.get(r[0]);
            if (id == null) continue;
            switch (r[1]) {
                case EventCorrections.MERGE -> {
                    Long other = r[2] == null ? null : eventBySourceKey.get(r[2]);
                    if (other != null) ops.merge(id, other, eventBySourceKey);
                }
                case EventCorrections.SPLIT -> ops.split(id, r[0], events, participants, eventBySourceKey);
                default -> {
                    try {
                        apply(id, EventField.valueOf(r[1]), r[2], events);
                    } catch (IllegalArgumentException | java.util.NoSuchElementException ignored) {
                        // A correction this version cannot apply (or a value no longer valid) is kept, not lost.
                    }
                }
            }
        }
    }

    /**
     * Merges event {@code mergeId} into event {@code keepId}: the merged event's sources and participants join the kept
     * one, whose source count and disputed flag are recomputed (disputed when two sources' dates are incompatible);
     * the merged event is deleted. Recorded against both events' stable keys, so every rebuild merges them again.
     * Returns false (and records nothing) when either event is missing or generated, or both are the same.
     * Undo with {@link #undoLast()}, then rebuild events.
     */
    public boolean mergeEvents(long keepId, long mergeId, Events events) {
        if (keepId == mergeId) return false;
        Optional<String> keepKey = events.keyOf(keepId);
        Optional<String> mergeKey = events.keyOf(mergeId);
        if (keepKey.isEmpty() || mergeKey.isEmpty()) return false;
        atomically(() -> {
            String mergedTitle = events.get(mergeId).map(org.eventscope.model.Event::title).orElse(null);
            record("event", keepKey.get(), EventCorrections.MERGE, mergeKey.get(), mergedTitle);
            new EventCorrections(c).merge(keepId, mergeId, null);
            return null;
        });
        return true;
    }

    /**
     * Splits one source (the report in document {@code documentId} whose evidence sentence starts at
     * {@code sentenceOffset}) off event {@code eventId}: it becomes an event of its own, with its mention's kind and
     * title and its own date. Returns the new event's id, or empty (recording nothing) when the event has no such
     * source or has no other source. Survives rebuilds; undo with {@link #undoLast()}, then rebuild events.
     */
    public Optional<Long> splitSource(long eventId, long documentId, int sentenceOffset, Events events) {
        return atomically(() -> {
            EventCorrections ops = new EventCorrections(c);
            List<EventCorrections.Source> sources = ops.sources(eventId);
            if (sources.size() < 2) return Optional.<Long>empty();
            Optional<EventCorrections.Source> s = sources.stream()
                    .filter(x -> x.documentId() == documentId && x.offset() == sentenceOffset).findFirst();
            if (s.isEmpty()) return Optional.<Long>empty();
            String eventKey = events.keyOf(eventId).orElse(null);
            Optional<Long> created = ops.split(eventId, s.get().key(), events, new Participants(c), null);
            if (created.isPresent()) record("event", s.get().key(), EventCorrections.SPLIT, null, eventKey);
            return created;
        });
    }

    /**
     * Merges participant {@code mergeId} into participant {@code keepId}: its mentions and event participations move to
     * the kept one, its name and aliases become the kept one's aliases, and its row is deleted. Recorded by both
     * participants' stable keys ({@code key|kind}), so when re-analysis or a re-import brings the merged participant
     * back, it is merged again. Returns false (recording nothing) when either is missing or both are the same.
     * Undo with {@link #undoLast()} (the participant, its aliases and mentions come back), then rebuild events.
     */
    public boolean mergeParticipants(long keepId, long mergeId) {
        if (keepId == mergeId) return false;
        return atomically(() -> {
            ParticipantCorrections ops = new ParticipantCorrections(c);
            Optional<ParticipantCorrections.Row> keep = ops.row(keepId);
            Optional<ParticipantCorrections.Row> merge = ops.row(mergeId);
            if (keep.isEmpty() || merge.isEmpty()) return false;
            ParticipantCorrections.Snapshot snap = new ParticipantCorrections.Snapshot();
            ops.moveInto(keep.get(), merge.get(), snap);
            record("participant", keep.get().stableKey(), ParticipantCorrections.MERGE, merge.get().stableKey(), snap.toJson());
            return true;
        });
    }

    /**
     * Renames participant {@code id}: the display name becomes {@code newName} and the old name stays an alias.
     * Re-analysis does not override it. Returns false when there is no such participant.
     * Undo with {@link #undoLast()}.
     */
    public boolean renameParticipant(long id, String newName) {
        if (newName == null || newName.isBlank()) throw new IllegalArgumentException("A name cannot be empty.");
        String name = newName.strip();
        return atomically(() -> {
            ParticipantCorrections ops = new ParticipantCorrections(c);
            Optional<ParticipantCorrections.Row> r = ops.row(id);
            if (r.isEmpty()) return false;
            if (r.get().name().equals(name)) return true;
            record("participant", r.get().stableKey(), ParticipantCorrections.RENAME, name, r.get().name());
            ops.rename(r.get(), name);
            return true;
        });
    }

    /**
     * Re-applies participant corrections: all of them ({@code touched} null, before every rebuild), or those about the
     * participants with the given stable keys (after one document's analysis upserted them).
     */
    void applyToParticipants(Set<String> touched) throws SQLException {
        new ParticipantCorrections(c).apply(touched);
    }

    /**
     * Marks the newest correction as undone and returns it, so the caller can restore derived data
     * (re-analyse a document, or rebuild events). A participant merge is taken back at once (the participant returns
     * with its aliases and mentions, keeping its id when free) and a rename too; event participations, and event
     * edits, merges and splits, return to their previous state with the caller's {@link Store#rebuildEvents}.
     */
    public Optional<Correction> undoLast() {
        return atomically(() -> {
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
                if (k.target().equals("participant")) undoParticipant(k);
            }
            return last;
        });
    }

    /** Restores what a participant correction changed; event participations follow on the caller's rebuild. */
    private void undoParticipant(Correction k) throws SQLException {
        ParticipantCorrections ops = new ParticipantCorrections(c);
        switch (k.field()) {
            case ParticipantCorrections.MERGE -> ops.undoMerge(k.targetKey(), k.value(),
                    ParticipantCorrections.Snapshot.fromJson(k.previous()), ParticipantCorrections.redirects(ops.active()));
            case ParticipantCorrections.RENAME -> {
                Optional<ParticipantCorrections.Row> r = ops.row(k.targetKey());
                if (r.isPresent() && k.previous() != null) {
                    try (PreparedStatement ps = c.prepareStatement("UPDATE participants SET name = ? WHERE id = ?")) {
                        ps.setString(1, k.previous());
                        ps.setLong(2, r.get().id());
                        ps.executeUpdate();
                    }
                }
            }
            default -> { }
        }
        ops.apply(null);
    }

    /** Runs {@code work} in one transaction, or in the caller's if one is open. */
    private <T> T atomically(Store.SqlWork<T> work) {
        return sql(() -> {
            if (!c.getAutoCommit()) return work.run();
            c.setAutoCommit(false);
            try {
                T result = work.run();
                c.commit();
                return result;
            } catch (Throwable t) {
                c.rollback();
                throw t;
            } finally {
                c.setAutoCommit(true);
            }
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
