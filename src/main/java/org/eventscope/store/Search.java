package org.eventscope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.eventscope.store.Store.sql;

/** Full-text search over documents and event titles (SQLite FTS5). Any text a person types is safe. */
public final class Search {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** A hit: an event (eventId set) or a document (documentId set, with the character offset of the first hit). */
    public record Hit(Long eventId, Long documentId, String title, String snippet, int offset) {
    }

    private Search() {
    }

    /**
     * Turns what a user typed into a safe FTS5 query: every word quoted (so quotes, {@code *}, {@code NEAR},
     * {@code -}, parentheses are plain text), all words required, the last one as a prefix. Empty when no words.
     */
    public static String toFtsQuery(String typed) {
        if (typed == null) return "";
        Matcher m = WORD.matcher(typed);
        List<String> words = new ArrayList<>();
        while (m.find()) words.add("\"" + m.group() + "\"");
        if (words.isEmpty()) return "";
        int last = words.size() - 1;
        words.set(last, words.get(last) + "*");
        return String.join(" ", words);
    }

    static List<Hit> run(Connection c, String typed, int limit) {
        String q = toFtsQuery(typed);
        if (q.isEmpty()) return List.of();
        return sql(() -> {
            List<Hit> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT e.id, e.title FROM events_fts f JOIN events e ON e.id = f.rowid WHERE events_fts MATCH ? ORDER BY rank LIMIT ?")) {
                ps.setString(1, q);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(new Hit(rs.getLong(1), null, rs.getString(2), rs.getString(2), 0));
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT d.id, d.title, snippet(documents_fts, 1, '[', ']', '…', 12), d.text FROM documents_fts f "
                            + "JOIN documents d ON d.id = f.rowid WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?")) {
                ps.setString(1, q);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Hit(null, rs.getLong(1), rs.getString(2), rs.getString(3), firstHit(rs.getString(4), typed)));
                    }
                }
            }
            return out;
        });
    }

    /** Where the first typed word occurs in the text (case-insensitive), or 0. */
    static int firstHit(String text, String typed) {
        Matcher m = WORD.matcher(typed);
        if (!m.find()) return 0;
        Matcher t = Pattern.compile("(?iu)\\b" + Pattern.quote(m.group())).matcher(text);
        return t.find() ? t.start() : 0;
    }
}
