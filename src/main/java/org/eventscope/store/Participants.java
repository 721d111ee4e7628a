package org.eventscope.store;

import org.eventscope.model.Analysis;
import org.eventscope.model.EntityMention;
import org.eventscope.model.ExtractedParticipant;
import org.eventscope.model.Participant;
import org.eventscope.model.ParticipantKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.eventscope.store.Store.sql;

/** People, organisations and places, unified across documents by a normalised name key. */
public final class Participants {
    private final Connection c;
    /** Re-applies the user's participant corrections after each analysis; null in helpers that only read. */
    private final Corrections corrections;

    Participants(Connection c) {
        this(c, null);
    }

    Participants(Connection c, Corrections corrections) {
        this.c = c;
        this.corrections = corrections;
    }

    /** The key that makes two spellings of a name one participant. */
    public static String keyOf(String name) {
        return org.eventscope.extract.Names.key(name);
    }

    /**
     * Stores a document's participants, their aliases and their mentions, then re-applies the user's corrections
     * about them (a participant the user merged away is merged again; a rename stays). Call inside the document's transaction.
     */
    public void storeAnalysis(long documentId, Analysis analysis) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        java.util.Set<String> touched = new java.util.HashSet<>();
        for (ExtractedParticipant p : analysis.participants()) {
            touched.add(ParticipantCorrections.stableKey(keyOf(p.name()), p.kind().name()));
            long id = upsert(p.name(), p.kind(), p.title());
            ids.put(keyOf(p.name()), id);
            addAlias(id, p.name());
            for (String a : p.aliases()) addAlias(id, a);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO entity_mentions(participant_id, document_id, offset, length, text) VALUES (?,?,?,?,?)")) {
            for (EntityMention m : analysis.entities()) {
                Long id = ids.get(keyOf(m.name()));
                if (id == null) {
                    touched.add(ParticipantCorrections.stableKey(keyOf(m.name()), m.kind().name()));
                    id = upsert(m.name(), m.kind(), null);
                    ids.put(keyOf(m.name()), id);
                    addAlias(id, m.name());
                }
                if (!m.text().equals(m.name())) addAlias(id, m.text());
                ps.setLong(1, id);
                ps.setLong(2, documentId);
                ps.setInt(3, m.offset());
                ps.setInt(4, m.text().length());
                ps.setString(5, m.text());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        if (corrections != null) corrections.applyToParticipants(touched);
    }

    /** Replaces a document's mentions with those of a new analysis. Call inside a transaction. */
    public void replaceAnalysis(long documentId, Analysis analysis) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM entity_mentions WHERE document_id = ?")) {
            ps.setLong(1, documentId);
            ps.executeUpdate();
        }
        storeAnalysis(documentId, analysis);
    }

    long upsert(String name, ParticipantKind kind, String title) throws SQLException {
        String key = keyOf(name);
        try (PreparedStatement ps = c.prepareStatement("SELECT id, title FROM participants WHERE key = ? AND kind = ?")) {
            ps.setString(1, key);
            ps.setString(2, kind.name());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    long id = rs.getLong(1);
                    if (rs.getString(2) == null && title != null) {
                        try (PreparedStatement u = c.prepareStatement("UPDATE participants SET title = ? WHERE id = ?")) {
                            u.setString(1, title);
                            u.setLong(2, id);
                            u.executeUpdate();
                        }
                    }
                    // Prefer the fuller spelling as the canonical name.
                    try (PreparedStatement u = c.prepareStatement(
                            "UPDATE participants SET name = ? WHERE id = ? AND length(name) < length(?)")) {
                        u.setString(1, name);
                        u.setLong(2, id);
                        u.setString(3, name);
                        u.executeUpdate();
                    }
                    return id;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO participants(key, kind, name, title) VALUES (?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, key);
            ps.setString(2, kind.name());
            ps.setString(3, name);
            ps.setString(4, title);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void addAlias(long id, String alias) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO participant_aliases(participant_id, alias) VALUES (?,?)")) {
            ps.setLong(1, id);
            ps.setString(2, alias);
            ps.executeUpdate();
        }
    }

    /**
     * The participant a canonical name stands for, of any kind; failing that, the participant that has the name as an
     * alias (so a name the user merged into another participant finds the kept one).
     */
    public Optional<Long> idByName(String name) {
        return sql(() -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM participants WHERE key = ? ORDER BY CASE kind WHEN 'PERSON' THEN 0 WHEN 'ORGANIZATION' THEN 1 ELSE 2 END LIMIT 1")) {
                ps.setString(1, keyOf(name));
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) return Optional.of(rs.getLong(1));
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT p.id FROM participant_aliases a JOIN participants p ON p.id = a.participant_id WHERE a.alias = ? "
                            + "ORDER BY CASE p.kind WHEN 'PERSON' THEN 0 WHEN 'ORGANIZATION' THEN 1 ELSE 2 END, p.id LIMIT 1")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    /** One participant with its aliases (the display name excluded). */
    public Optional<Participant> get(long id) {
        return sql(() -> {
            List<String> aliases = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.alias FROM participant_aliases a JOIN participants p "
                    + "ON p.id = a.participant_id WHERE p.id = ? AND a.alias <> p.name ORDER BY a.alias")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) aliases.add(rs.getString(1));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name, kind, title FROM participants WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.<Participant>empty();
                    return Optional.of(new Participant(rs.getLong(1), rs.getString(2), ParticipantKind.valueOf(rs.getString(3)),
                            rs.getString(4), aliases));
                }
            }
        });
    }

    /** Every participant with its aliases (the canonical name excluded), by name. */
    public List<Participant> all() {
        return sql(() -> {
            Map<Long, List<String>> aliases = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT a.participant_id, a.alias FROM participant_aliases a JOIN participants p ON p.id = a.participant_id "
                            + "WHERE a.alias <> p.name ORDER BY a.alias")) {
                while (rs.next()) aliases.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
            List<Participant> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT id, name, kind, title FROM participants ORDER BY name COLLATE NOCASE")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    out.add(new Participant(id, rs.getString(2), ParticipantKind.valueOf(rs.getString(3)),
                            rs.getString(4), aliases.getOrDefault(id, List.of())));
                }
            }
            return out;
        });
    }

    /** For each participant, the ids of the documents that mention it. */
    public Map<Long, List<Long>> documentsByParticipant() {
        return sql(() -> {
            Map<Long, List<Long>> out = new LinkedHashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT DISTINCT participant_id, document_id FROM entity_mentions ORDER BY participant_id, document_id")) {
                while (rs.next()) out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            }
            return out;
        });
    }

    /** How many events each participant takes part in. */
    public Map<Long, Integer> eventCounts() {
        return sql(() -> {
            Map<Long, Integer> out = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT participant_id, count(*) FROM event_participants GROUP BY participant_id")) {
                while (rs.next()) out.put(rs.getLong(1), rs.getInt(2));
            }
            return out;
        });
    }

    /** A participant's mention in a document's text. */
    public record Mention(long participantId, int offset, int length) {
    }

    /** The entity mentions in one document, in text order. */
    public List<Mention> mentionsIn(long documentId) {
        return sql(() -> {
            List<Mention> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT participant_id, offset, length FROM entity_mentions WHERE document_id = ? ORDER BY offset")) {
                ps.setLong(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(new Mention(rs.getLong(1), rs.getInt(2), rs.getInt(3)));
                }
            }
            return out;
        });
    }

    /** Removes participants no mention and no event refers to any more. */
    void pruneOrphans() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM participants WHERE id NOT IN (SELECT participant_id FROM entity_mentions) "
                    + "AND id NOT IN (SELECT participant_id FROM event_participants)");
        }
    }
}
