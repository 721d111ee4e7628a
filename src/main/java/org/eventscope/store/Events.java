package org.eventscope.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eventscope.extract.EventMerger;
import org.eventscope.extract.MergedEvent;
import org.eventscope.extract.SourcedEvent;
import org.eventscope.model.Event;
import org.eventscope.model.EventKind;
import org.eventscope.model.EventSource;
import org.eventscope.model.ExtractedEvent;
import org.eventscope.model.TimeValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.eventscope.store.Store.sql;

/**
 * Events: each document's extracted event mentions, and the merged events built from them.
 * Merged events are derived data, rebuilt by {@link #rebuild(EventMerger, Corrections)}; user corrections live apart
 * and are applied after every rebuild, so a re-analysis never loses them.
 */
public final class Events {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVENT_COLUMNS = "id, key, kind, title, when_value, confidence, disputed";
    private final Connection c;

    Events(Connection c) {
        this.c = c;
    }

    /** Replaces a document's event mentions. Call inside the document's transaction. */
    public void storeMentions(long documentId, List<ExtractedEvent> events) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM event_mentions WHERE document_id = ?")) {
            del.setLong(1, documentId);
            del.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO event_mentions(document_id, kind, title, when_value, confidence, sentence_offset, "
                        + "sentence_length, date_text, participants) VALUES (?,?,?,?,?,?,?,?,?)")) {
            for (ExtractedEvent e : events) {
                ps.setLong(1, documentId);
                ps.setString(2, e.kind().name());
                ps.setString(3, e.title());
                ps.setString(4, e.when().timeml());
                ps.setDouble(5, e.confidence());
                ps.setInt(6, e.offset());
                ps.setInt(7, e.length());
                ps.setString(8, e.dateText());
                ps.setString(9, toJson(e.participants()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Rebuilds the merged events from every document's mentions, then applies the user's event corrections.
     * Generated (synthetic) events are left alone. Call inside a transaction; prefer {@link Store#rebuildEvents},
     * which re-applies participant corrections first.
     */
    public void rebuild(EventMerger merger, Corrections corrections, Participants participants) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM events WHERE origin = 'extracted'");
        }
        List<SourcedEvent> all = new ArrayList<>();
        Map<SourcedEvent, String> keys = new HashMap<>();
        Map<SourcedEvent, Long> mentionIds = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT m.id, m.document_id, m.kind, m.title, m.when_value, m.confidence, m.sentence_offset, "
                        + "m.sentence_length, m.date_text, m.participants, d.hash, substr(d.text, m.sentence_offset + 1, m.sentence_length) "
                        + "FROM event_mentions m JOIN documents d ON d.id = m.document_id ORDER BY d.published IS NULL, d.published, m.document_id, m.id")) {
            while (rs.next()) {
                Optional<TimeValue> when = TimeValue.parse(rs.getString(5));
                if (when.isEmpty()) continue;
                ExtractedEvent e = new ExtractedEvent(kindOf(rs.getString(3)), rs.getString(4), when.get(), rs.getDouble(6),
                        fromJson(rs.getString(10)), rs.getString(12), rs.getInt(7), rs.getInt(8), rs.getString(9));
                SourcedEvent se = new SourcedEvent(rs.getLong(2), e);
                all.add(se);
                keys.put(se, sourceKey(rs.getString(11), e.offset(), e.dateText()));
                mentionIds.put(se, rs.getLong(1));
            }
        }
        List<MergedEvent> merged = merger.merge(all);
        Map<String, Long> eventBySourceKey = new HashMap<>();
        Map<String, Optional<Long>> participantByName = new HashMap<>();
        try (PreparedStatement ev = c.prepareStatement(
                "INSERT INTO events(key, origin, kind, title, when_value, start_day, end_day, precision, year_known, confidence, disputed, source_count) "
                        + "VALUES (?,'extracted',?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement src = c.prepareStatement(
                     "INSERT INTO event_sources(event_id, document_id, mention_id, sentence_offset, sentence_length, date_text, when_value) "
                             + "VALUES (?,?,?,?,?,?,?)");
             PreparedStatement part = c.prepareStatement(
                     "INSERT OR IGNORE INTO event_participants(event_id, participant_id, role) VALUES (?,?,'actor')")) {
            for (MergedEvent m : merged) {
                String key = m.sources().stream().map(keys::get).sorted().findFirst().orElse(null);
                bindEvent(ev, key, m.kind(), m.title(), m.when(), m.confidence(), m.disputed(), m.sources().size());
                ev.executeUpdate();
                long id;
                try (ResultSet rs = ev.getGeneratedKeys()) {
                    rs.next();
                    id = rs.getLong(1);
                }
                for (SourcedEvent s : m.sources()) {
                    eventBySourceKey.put(keys.get(s), id);
                    src.setLong(1, id);
                    src.setLong(2, s.documentId());
                    src.setLong(3, mentionIds.get(s));
                    src.setInt(4, s.event().offset());
                    src.setInt(5, s.event().length());
                    src.setString(6, s.event().dateText());
                    src.setString(7, s.event().when().timeml());
                    src.addBatch();
                }
                src.executeBatch();
                for (String name : m.participants()) {
                    Optional<Long> pid = participantByName.computeIfAbsent(name, participants::idByName);
                    if (pid.isEmpty()) continue;
                    part.setLong(1, id);
                    part.setLong(2, pid.get());
                    part.addBatch();
                }
                part.executeBatch();
            }
        }
        corrections.applyToEvents(eventBySourceKey, this);
    }

    /** The stable key of one document's report of an event: it survives re-analysis and date corrections. */
    static String sourceKey(String documentHash, int sentenceOffset, String dateText) {
        return documentHash + ":" + sentenceOffset + ":" + (dateText == null ? "" : dateText);
    }

    void bindEvent(PreparedStatement ps, String key, EventKind kind, String title, TimeValue when, double confidence,
                   boolean disputed, int sources) throws SQLException {
        ps.setString(1, key);
        ps.setString(2, kind.name());
        ps.setString(3, title);
        bindWhen(ps, 4, when);
        ps.setDouble(9, confidence);
        ps.setInt(10, disputed ? 1 : 0);
        ps.setInt(11, sources);
    }

    /** Binds when_value, start_day, end_day, precision, year_known at parameters {@code at} .. {@code at + 4}. */
    private static void bindWhen(PreparedStatement ps, int at, TimeValue when) throws SQLException {
        ps.setString(at, when.timeml());
        if (when.yearKnown()) {
            ps.setLong(at + 1, when.start().orElseThrow().toEpochDay());
            ps.setLong(at + 2, when.end().orElseThrow().toEpochDay());
        } else {
            ps.setNull(at + 1, java.sql.Types.INTEGER);
            ps.setNull(at + 2, java.sql.Types.INTEGER);
        }
        ps.setString(at + 3, when.precision().name());
        ps.setInt(at + 4, when.yearKnown() ? 1 : 0);
    }

    void updateWhen(long id, TimeValue when) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE events SET when_value = ?, start_day = ?, end_day = ?, precision = ?, year_known = ? WHERE id = ?")) {
            bindWhen(ps, 1, when);
            ps.setLong(6, id);
            ps.executeUpdate();
        }
    }

    void updateText(long id, String column, String value) throws SQLException {
        if (!column.equals("title") && !column.equals("kind")) throw new IllegalArgumentException(column);
        try (PreparedStatement ps = c.prepareStatement("UPDATE events SET " + column + " = ? WHERE id = ?")) {
            ps.setString(1, value);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    void delete(long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM events WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    /** Events overlapping [from, to] (either end may be null: unbounded), by start date. Year-unknown events are excluded. */
    public List<Event> inRange(LocalDate from, LocalDate to) {
        long a = from == null ? Long.MIN_VALUE : from.toEpochDay();
        long b = to == null ? Long.MAX_VALUE : to.toEpochDay();
        return load("WHERE start_day <= ? AND end_day >= ? ORDER BY start_day, end_day, id", b, a);
    }

    /** Events whose year is unknown (their documents have no publication date), by month and day. */
    public List<Event> yearUnknown() {
        return load("WHERE year_known = 0 ORDER BY when_value, id");
    }

    public Optional<Event> get(long id) {
        List<Event> l = load("WHERE id = ?", id);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    /** The correction key of an event (its first source's stable key), if it has sources. */
    public Optional<String> keyOf(long id) {
        return sql(() -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT key FROM events WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public int count() {
        return sql(() -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM events")) {
                return rs.getInt(1);
            }
        });
    }

    /** One row of the compact event listing the timeline loads: no sources, no participants. */
    public record Span(long id, long startDay, long endDay, EventKind kind, String precision, boolean disputed,
                       int sourceCount, double confidence, String title) {
    }

    /** A dated event's compact row and its participants' ids. */
    @FunctionalInterface
    public interface SpanSink {
        void accept(Span span, long[] participants, long firstDocument);
    }

    /**
     * Streams every dated event with its participants and first source document, in id order, joining two ordered
     * cursors so that memory stays flat however many events there are.
     */
    public void forEachSpanWithParticipants(SpanSink sink) {
        sql(() -> {
            try (Statement s1 = c.createStatement(); Statement s2 = c.createStatement(); Statement s3 = c.createStatement();
                 ResultSet ev = s1.executeQuery("SELECT id, start_day, end_day, kind, precision, disputed, source_count, confidence, title "
                         + "FROM events WHERE year_known = 1 ORDER BY id");
                 ResultSet ps = s2.executeQuery("SELECT event_id, participant_id FROM event_participants ORDER BY event_id");
                 ResultSet ds = s3.executeQuery("SELECT event_id, min(document_id) FROM event_sources GROUP BY event_id ORDER BY event_id")) {
                boolean pMore = ps.next();
                boolean dMore = ds.next();
                long[] buffer = new long[16];
                while (ev.next()) {
                    long id = ev.getLong(1);
                    int n = 0;
                    while (pMore && ps.getLong(1) < id) pMore = ps.next();
                    while (pMore && ps.getLong(1) == id) {
                        if (n == buffer.length) buffer = java.util.Arrays.copyOf(buffer, n * 2);
                        buffer[n++] = ps.getLong(2);
                        pMore = ps.next();
                    }
                    while (dMore && ds.getLong(1) < id) dMore = ds.next();
                    long doc = dMore && ds.getLong(1) == id ? ds.getLong(2) : 0;
                    sink.accept(new Span(id, ev.getLong(2), ev.getLong(3), kindOf(ev.getString(4)), ev.getString(5),
                            ev.getInt(6) != 0, ev.getInt(7), ev.getDouble(8), ev.getString(9)), java.util.Arrays.copyOf(buffer, n), doc);
                }
            }
            return null;
        });
    }

    private List<Event> load(String where, Object... args) {
        return sql(() -> {
            LinkedHashMap<Long, Object[]> rows = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + EVENT_COLUMNS + " FROM events " + where)) {
                for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.put(rs.getLong(1), new Object[]{kindOf(rs.getString(3)), rs.getString(4),
                                TimeValue.parse(rs.getString(5)).orElse(null), rs.getDouble(6), rs.getInt(7) != 0});
                    }
                }
            }
            if (rows.isEmpty()) return List.of();
            Map<Long, List<EventSource>> sources = new HashMap<>();
            Map<Long, List<Long>> parts = new HashMap<>();
            List<Long> ids = new ArrayList<>(rows.keySet());
            for (int from = 0; from < ids.size(); from += 500) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
                String in = String.join(",", chunk.stream().map(String::valueOf).toList());
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT es.event_id, es.document_id, substr(d.text, es.sentence_offset + 1, es.sentence_length), "
                                + "es.sentence_offset, es.sentence_length, es.date_text, es.when_value "
                                + "FROM event_sources es JOIN documents d ON d.id = es.document_id WHERE es.event_id IN (" + in
                                + ") ORDER BY es.event_id, d.published IS NULL, d.published, es.id")) {
                    while (rs.next()) {
                        sources.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new EventSource(rs.getLong(2),
                                rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getString(6),
                                TimeValue.parse(rs.getString(7)).orElse(null)));
                    }
                }
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT ep.event_id, ep.participant_id FROM event_participants ep JOIN participants p ON p.id = ep.participant_id "
                                + "WHERE ep.event_id IN (" + in + ") ORDER BY ep.event_id, p.name")) {
                    while (rs.next()) parts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }
            }
            List<Event> out = new ArrayList<>(rows.size());
            for (var e : rows.entrySet()) {
                Object[] r = e.getValue();
                if (r[2] == null) continue;
                out.add(new Event(e.getKey(), (EventKind) r[0], (String) r[1], (TimeValue) r[2], (Double) r[3], (Boolean) r[4],
                        parts.getOrDefault(e.getKey(), List.of()), sources.getOrDefault(e.getKey(), List.of())));
            }
            return out;
        });
    }

    static EventKind kindOf(String s) {
        try {
            return EventKind.valueOf(s);
        } catch (IllegalArgumentException e) {
            return EventKind.OTHER;
        }
    }

    private static String toJson(List<String> names) {
        try {
            return JSON.writeValueAsString(names);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> fromJson(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
