package org.eventscope.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The database work behind participant corrections (merge, rename). Participants are named in corrections by
 * their stable key {@code key|kind} ({@link #stableKey}), because re-analysis upserts them again by key and kind
 * and their ids are not stable.
 */
final class ParticipantCorrections {
    static final String MERGE = "MERGE";
    static final String RENAME = "RENAME";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a participant merge moved, kept in the correction's {@code previous} column so undo can restore it. */
    static final class Snapshot {
        public long id;
        public String name;
        public String title;
        /** The merged participant's aliases. */
        public Set<String> aliases = new TreeSet<>();
        /** Aliases the kept participant did not have before the merge. */
        public Set<String> keepAliasesAdded = new TreeSet<>();
        /** True when the kept participant took the merged one's title (it had none). */
        public boolean keepTitleFromMerge;
        /** The merged participant's mentions: document content hash to offsets. */
        public Map<String, Set<Integer>> mentions = new TreeMap<>();

        String toJson() {
            try {
                return JSON.writeValueAsString(this);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        static Snapshot fromJson(String json) {
            if (json == null) return new Snapshot();
            try {
                return JSON.readValue(json, Snapshot.class);
            } catch (JsonProcessingException e) {
                return new Snapshot();
            }
        }
    }

    /** One participant row. */
    record Row(long id, String key, String kind, String name, String title) {
        String stableKey() {
            return ParticipantCorrections.stableKey(key, kind);
        }
    }

    private final Connection c;

    ParticipantCorrections(Connection c) {
        this.c = c;
    }

    static String stableKey(String key, String kind) {
        return key + "|" + kind;
    }

    Optional<Row> row(long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, key, kind, name, title FROM participants WHERE id = ?")) {
            ps.setLong(1, id);
            return readRow(ps);
        }
    }

    Optional<Row> row(String stableKey) throws SQLException {
        int bar = stableKey.lastIndexOf('|');
        if (bar < 0) return Optional.empty();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, key, kind, name, title FROM participants WHERE key = ? AND kind = ?")) {
            ps.setString(1, stableKey.substring(0, bar));
            ps.setString(2, stableKey.substring(bar + 1));
            return readRow(ps);
        }
    }

    private static Optional<Row> readRow(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5))) : Optional.empty();
        }
    }

    private Set<String> aliases(long id) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT alias FROM participant_aliases WHERE participant_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
    }

    private void addAlias(long id, String alias) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO participant_aliases(participant_id, alias) VALUES (?,?)")) {
            ps.setLong(1, id);
            ps.setString(2, alias);
            ps.executeUpdate();
        }
    }

    /**
     * Moves everything of {@code merge} into {@code keep} (mentions, event participations, name and aliases as aliases,
     * the title if the kept one has none) and deletes {@code merge}. Records what moved in {@code snap}.
     */
    void moveInto(Row keep, Row merge, Snapshot snap) throws SQLException {
        snap.id = merge.id();
        snap.name = merge.name();
        snap.title = merge.title();
        Set<String> mergeAliases = aliases(merge.id());
        snap.aliases.addAll(mergeAliases);
        Set<String> keepAliases = aliases(keep.id());
        Set<String> incoming = new LinkedHashSet<>(mergeAliases);
        incoming.add(merge.name());
        for (String a : incoming) {
            if (keepAliases.contains(a)) continue;
            addAlias(keep.id(), a);
            snap.keepAliasesAdded.add(a);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT d.hash, m.offset FROM entity_mentions m JOIN documents d ON d.id = m.document_id WHERE m.participant_id = ?")) {
            ps.setLong(1, merge.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) snap.mentions.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getInt(2));
            }
        }
        exec("UPDATE entity_mentions SET participant_id = ? WHERE participant_id = ?", keep.id(), merge.id());
        exec("INSERT OR IGNORE INTO event_participants(event_id, participant_id, role) "
                + "SELECT event_id, ?, role FROM event_participants WHERE participant_id = ?", keep.id(), merge.id());
        if (keep.title() == null && merge.title() != null) {
            exec("UPDATE participants SET title = ? WHERE id = ?", merge.title(), keep.id());
            snap.keepTitleFromMerge = true;
        }
        exec("DELETE FROM participants WHERE id = ?", merge.id());
    }

    /** Restores a merged participant from its snapshot and gives its mentions back; events follow on the next rebuild. */
    void undoMerge(String keepKey, String mergeKey, Snapshot snap, Map<String, String> redirects) throws SQLException {
        Optional<Row> keep = resolve(keepKey, redirects);
        int bar = mergeKey.lastIndexOf('|');
        Optional<Row> existing = row(mergeKey);
        long mergeId;
        if (existing.isPresent()) {
            mergeId = existing.get().id();
        } else {
            boolean idFree;
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM participants WHERE id = ?")) {
                ps.setLong(1, snap.id);
                try (ResultSet rs = ps.executeQuery()) {
                    idFree = snap.id > 0 && !rs.next();
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO participants(id, key, kind, name, title) VALUES (?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                if (idFree) ps.setLong(1, snap.id);
                else ps.setNull(1, java.sql.Types.INTEGER);
                ps.setString(2, mergeKey.substring(0, bar));
                ps.setString(3, mergeKey.substring(bar + 1));
                ps.setString(4, snap.name == null ? mergeKey.substring(0, bar) : snap.name);
                ps.setString(5, snap.title);
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    mergeId = rs.getLong(1);
                }
            }
        }
        for (String a : snap.aliases) addAlias(mergeId, a);
        if (snap.name != null) addAlias(mergeId, snap.name);
        if (keep.isEmpty()) return;
        long keepId = keep.get().id();
        for (String a : snap.keepAliasesAdded) exec("DELETE FROM participant_aliases WHERE participant_id = ? AND alias = ?", keepId, a);
        if (snap.keepTitleFromMerge && snap.title != null && snap.title.equals(keep.get().title())) {
            exec("UPDATE participants SET title = NULL WHERE id = ?", keepId);
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE entity_mentions SET participant_id = ? WHERE participant_id = ? "
                + "AND offset = ? AND document_id = (SELECT id FROM documents WHERE hash = ?)")) {
            for (var e : snap.mentions.entrySet()) {
                for (int offset : e.getValue()) {
                    ps.setLong(1, mergeId);
                    ps.setLong(2, keepId);
                    ps.setInt(3, offset);
                    ps.setString(4, e.getKey());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /**
     * The participant row for {@code stableKey}; when it was itself merged into another by an active correction,
     * the row it now lives in.
     */
    Optional<Row> resolve(String stableKey, Map<String, String> redirects) throws SQLException {
        String k = stableKey;
        for (int hops = 0; hops < 64; hops++) {
            Optional<Row> r = row(k);
            if (r.isPresent() || !redirects.containsKey(k)) return r;
            k = redirects.get(k);
        }
        return Optional.empty();
    }

    /** One active participant correction. */
    record Active(long id, String key, String field, String value, String previous) {
    }

    List<Active> active() throws SQLException {
        List<Active> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id, target_key, field, value, previous FROM corrections WHERE target = 'participant' AND undone = 0 ORDER BY id")) {
            while (rs.next()) out.add(new Active(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
        }
        return out;
    }

    /** Merged stable key to the stable key it was merged into, for every active merge. */
    static Map<String, String> redirects(List<Active> active) {
        Map<String, String> out = new HashMap<>();
        for (Active a : active) if (a.field().equals(MERGE) && a.value() != null) out.put(a.value(), a.key());
        return out;
    }

    /**
     * Re-applies the active participant corrections, oldest first. With {@code touched} non-null only those about
     * participants in it (stable keys just upserted by an analysis) are considered.
     */
    void apply(Set<String> touched) throws SQLException {
        List<Active> active = active();
        if (active.isEmpty()) return;
        Map<String, String> redirects = redirects(active);
        for (Active a : active) {
            switch (a.field()) {
                case MERGE -> {
                    if (a.value() == null || (touched != null && !touched.contains(a.value()))) continue;
                    Optional<Row> merge = row(a.value());
                    if (merge.isEmpty()) continue;
                    Optional<Row> keep = resolve(a.key(), redirects);
                    if (keep.isEmpty() || keep.get().id() == merge.get().id()) continue;
                    Snapshot snap = Snapshot.fromJson(a.previous());
                    moveInto(keep.get(), merge.get(), snap);
                    exec("UPDATE corrections SET previous = ? WHERE id = ?", snap.toJson(), a.id());
                }
                case RENAME -> {
                    if (touched != null && !touched.contains(a.key())) continue;
                    Optional<Row> r = row(a.key());
                    if (r.isEmpty() || a.value() == null || a.value().equals(r.get().name())) continue;
                    rename(r.get(), a.value());
                }
                default -> {
                    // A correction this version does not know is kept, not lost.
                }
            }
        }
    }

    /** Sets the display name; the old name stays an alias. The key does not change, so re-analysis finds the same row. */
    void rename(Row r, String newName) throws SQLException {
        addAlias(r.id(), r.name());
        exec("UPDATE participants SET name = ? WHERE id = ?", newName, r.id());
    }

    private void exec(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            ps.executeUpdate();
        }
    }
}
