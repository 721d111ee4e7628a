package org.eventscope.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eventscope.model.TimeValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The database work behind event merges and splits. Both are keyed by event sources' stable keys
 * ({@link Events#sourceKey}), so they find their events again after every rebuild.
 */
final class EventCorrections {
    static final String MERGE = "MERGE";
    static final String SPLIT = "SPLIT";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection c;

    EventCorrections(Connection c) {
        this.c = c;
    }

    boolean exists(long eventId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM events WHERE id = ?")) {
            ps.setLong(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** One source row of an event, with its stable key. */
    record Source(long rowId, long documentId, Long mentionId, int offset, String key, String when) {
    }

    List<Source> sources(long eventId) throws SQLException {
        List<Source> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT es.id, es.document_id, es.mention_id, es.sentence_offset, es.date_text, es.when_value, d.hash "
                        + "FROM event_sources es JOIN documents d ON d.id = es.document_id WHERE es.event_id = ? ORDER BY es.id")) {
            ps.setLong(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long mention = rs.getLong(3);
                    Long mentionId = rs.wasNull() ? null : mention;
                    out.add(new Source(rs.getLong(1), rs.getLong(2), mentionId, rs.getInt(4),
                            Events.sourceKey(rs.getString(7), rs.getInt(4), rs.getString(5)), rs.getString(6)));
                }
            }
        }
        return out;
    }

    /**
     * Moves {@code mergeId}'s sources and participants into {@code keepId}, deletes {@code mergeId} and recomputes the kept
     * event's source count and disputed flag. {@code eventBySourceKey} is updated. Does nothing unless both exist and differ.
     */
    void merge(long keepId, long mergeId, Map<String, Long> eventBySourceKey) throws SQLException {
        if (keepId == mergeId || !exists(keepId) || !exists(mergeId)) return;
        List<Source> moved = sources(mergeId);
        exec("UPDATE event_sources SET event_id = ? WHERE event_id = ?", keepId, mergeId);
        exec("INSERT OR IGNORE INTO event_participants(event_id, participant_id, role) "
                + "SELECT ?, participant_id, role FROM event_participants WHERE event_id = ?", keepId, mergeId);
        exec("UPDATE events SET confidence = max(confidence, (SELECT confidence FROM events WHERE id = ?)) WHERE id = ?", mergeId, keepId);
        exec("DELETE FROM events WHERE id = ?", mergeId);
        refresh(keepId);
        if (eventBySourceKey != null) for (Source s : moved) eventBySourceKey.put(s.key(), keepId);
    }

    /**
     * Makes the source with stable key {@code sourceKey} an event of its own (kind, title and date of its mention),
     * if it shares an event with other sources. Returns the new event's id.
     */
    Optional<Long> split(long eventId, String sourceKey, Events events, Participants participants,
                         Map<String, Long> eventBySourceKey) throws SQLException {
        if (!exists(eventId)) return Optional.empty();
        List<Source> all = sources(eventId);
        if (all.size() < 2) return Optional.empty();
        Source s = all.stream().filter(x -> x.key().equals(sourceKey)).findFirst().orElse(null);
        if (s == null) return Optional.empty();
        String kind;
        String title;
        double confidence;
        List<String> names;
        try (PreparedStatement ps = c.prepareStatement("SELECT e.kind, e.title, e.confidence, m.kind, m.title, m.confidence, m.participants "
                + "FROM events e LEFT JOIN event_mentions m ON m.id = ? WHERE e.id = ?")) {
            if (s.mentionId() == null) ps.setNull(1, java.sql.Types.INTEGER);
            else ps.setLong(1, s.mentionId());
            ps.setLong(2, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                boolean hasMention = rs.getString(4) != null;
                kind = hasMention ? rs.getString(4) : rs.getString(1);
                title = hasMention ? rs.getString(5) : rs.getString(2);
                confidence = hasMention ? rs.getDouble(6) : rs.getDouble(3);
                names = hasMention ? names(rs.getString(7)) : List.of();
            }
        }
        Optional<TimeValue> when = TimeValue.parse(s.when());
        if (when.isEmpty()) return Optional.empty();
        long newId;
        try (PreparedStatement ev = c.prepareStatement(
                "INSERT INTO events(key, origin, kind, title, when_value, start_day, end_day, precision, year_known, confidence, disputed, source_count) "
                        + "VALUES (?,'extracted',?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            events.bindEvent(ev, sourceKey, Events.kindOf(kind), title, when.get(), confidence, false, 1);
            ev.executeUpdate();
            try (ResultSet rs = ev.getGeneratedKeys()) {
                rs.next();
                newId = rs.getLong(1);
            }
        }
        exec("UPDATE event_sources SET event_id = ? WHERE id = ?", newId, s.rowId());
        Set<Long> splitPeople = resolve(names, participants);
        for (long pid : splitPeople) {
            exec("INSERT OR IGNORE INTO event_participants(event_id, participant_id, role) VALUES (?,?,'actor')", newId, pid);
        }
        // Whoever only the split-off sentence named leaves the old event.
        Set<Long> remainingPeople = new HashSet<>();
        for (Source r : all) {
            if (r == s || r.mentionId() == null) continue;
            try (PreparedStatement ps = c.prepareStatement("SELECT participants FROM event_mentions WHERE id = ?")) {
                ps.setLong(1, r.mentionId());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) remainingPeople.addAll(resolve(names(rs.getString(1)), participants));
                }
            }
        }
        for (long pid : splitPeople) {
            if (!remainingPeople.contains(pid)) {
                exec("DELETE FROM event_participants WHERE event_id = ? AND participant_id = ?", eventId, pid);
            }
        }
        refresh(eventId);
        String oldKey = events.keyOf(eventId).orElse(null);
        if (sourceKey.equals(oldKey)) {
            String newKey = all.stream().filter(r -> r != s).map(Source::key).sorted().findFirst().orElse(null);
            exec("UPDATE events SET key = ? WHERE id = ?", newKey, eventId);
        }
        if (eventBySourceKey != null) eventBySourceKey.put(sourceKey, newId);
        return Optional.of(newId);
    }

    private static Set<Long> resolve(List<String> names, Participants participants) {
        Set<Long> out = new HashSet<>();
        for (String n : names) participants.idByName(n).ifPresent(out::add);
        return out;
    }

    /** Recomputes an event's source count and disputed flag from its sources. */
    void refresh(long eventId) throws SQLException {
        List<TimeValue> whens = new ArrayList<>();
        for (Source s : sources(eventId)) TimeValue.parse(s.when()).ifPresent(whens::add);
        boolean disputed = false;
        for (int i = 0; i < whens.size() && !disputed; i++) {
            for (int j = i + 1; j < whens.size() && !disputed; j++) {
                disputed = !compatible(whens.get(i), whens.get(j));
            }
        }
        exec("UPDATE events SET source_count = (SELECT count(*) FROM event_sources WHERE event_id = ?), disputed = ? WHERE id = ?",
                eventId, disputed ? 1 : 0, eventId);
    }

    /** Two dates agree when one contains the other ("March 2021" and "3 March 2021"); otherwise they are disputed. */
    static boolean compatible(TimeValue a, TimeValue b) {
        return contains(a, b) || contains(b, a);
    }

    /** True when every day {@code inner} may mean lies within {@code outer}. */
    static boolean contains(TimeValue outer, TimeValue inner) {
        if (outer.yearKnown() && inner.yearKnown()) {
            return !outer.start().orElseThrow().isAfter(inner.start().orElseThrow())
                    && !inner.end().orElseThrow().isAfter(outer.end().orElseThrow());
        }
        if (outer instanceof TimeValue.YearUnknown o && inner instanceof TimeValue.YearUnknown i) {
            return o.month() == i.month() && (o.day() == null || o.day().equals(i.day()));
        }
        if (inner instanceof TimeValue.YearUnknown i) {
            // A month or day of an unknown year fits a known value if it does in one of that value's years.
            int from = outer.start().orElseThrow().getYear();
            int to = Math.min(outer.end().orElseThrow().getYear(), from + 200);
            for (int y = from; y <= to; y++) if (contains(outer, i.inYear(y))) return true;
            return false;
        }
        if (outer instanceof TimeValue.YearUnknown o) {
            LocalDate s = inner.start().orElseThrow();
            LocalDate e = inner.end().orElseThrow();
            return s.getYear() == e.getYear() && contains(o.inYear(s.getYear()), inner);
        }
        return false;
    }

    private static List<String> names(String json) {
        if (json == null) return List.of();
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    private void exec(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            ps.executeUpdate();
        }
    }
}
