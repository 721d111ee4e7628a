package org.eventscope.store;

import org.eventscope.model.DateSource;
import org.eventscope.model.Document;
import org.eventscope.model.DocumentInfo;
import org.eventscope.model.TimeValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.eventscope.store.Store.sql;

/** The imported articles. */
public final class Documents {
    private static final String COLUMNS = "id, path, file, hash, title, text, published, published_from, author, imported_at";
    private final Connection c;

    Documents(Connection c) {
        this.c = c;
    }

    /** Inserts a document; returns its id. Call inside a transaction together with its analysis. */
    public long insert(String path, String hash, String text, DocumentInfo info, Instant importedAt) {
        return sql(() -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO documents(path, file, hash, title, text, published, published_from, author, imported_at) "
                            + "VALUES (?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, path);
                ps.setString(2, info.file());
                ps.setString(3, hash);
                ps.setString(4, info.title());
                ps.setString(5, text);
                ps.setString(6, info.published() == null ? null : info.published().timeml());
                ps.setString(7, (info.published() == null ? DateSource.UNKNOWN : info.publishedFrom()).name());
                ps.setString(8, info.author());
                ps.setString(9, importedAt.toString());
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    public Optional<Long> idByHash(String hash) {
        return sql(() -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM documents WHERE hash = ?")) {
                ps.setString(1, hash);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    public Optional<Document> get(long id) {
        return sql(() -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM documents WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.empty();
                }
            }
        });
    }

    /** All documents, by publication date (unknown last), then file name. */
    public List<Document> all() {
        return sql(() -> {
            List<Document> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT " + COLUMNS + " FROM documents ORDER BY published IS NULL, published, file")) {
                while (rs.next()) out.add(read(rs));
            }
            return out;
        });
    }

    /** Every document's id, in import order (the texts are not read). */
    public List<Long> ids() {
        return sql(() -> {
            List<Long> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM documents ORDER BY id")) {
                while (rs.next()) out.add(rs.getLong(1));
            }
            return out;
        });
    }

    public int count() {
        return sql(() -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM documents")) {
                return rs.getInt(1);
            }
        });
    }

    /** Sets a document's publication date and where it came from (null value = unknown). */
    public void setPublished(long id, TimeValue value, DateSource from) {
        sql(() -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE documents SET published = ?, published_from = ? WHERE id = ?")) {
                ps.setString(1, value == null ? null : value.timeml());
                ps.setString(2, (value == null ? DateSource.UNKNOWN : from).name());
                ps.setLong(3, id);
                return ps.executeUpdate();
            }
        });
    }

    /** Records which extraction rules ({@code Extractor.rules()}) produced the document's stored analysis. */
    public void setAnalysedWith(long id, String rules) {
        sql(() -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE documents SET analysed_with = ? WHERE id = ?")) {
                ps.setString(1, rules);
                ps.setLong(2, id);
                return ps.executeUpdate();
            }
        });
    }

    /** Ids of the documents whose stored analysis was made by other rules than {@code rules} (or unrecorded ones). */
    public List<Long> analysedWithOtherRules(String rules) {
        return sql(() -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM documents WHERE analysed_with IS NULL OR analysed_with <> ? ORDER BY id")) {
                ps.setString(1, rules);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }

    /** The document's metadata as analysis input. */
    public static DocumentInfo info(Document d) {
        return new DocumentInfo(d.file(), d.title(), d.published(), d.publishedFrom(), d.author());
    }

    private static Document read(ResultSet rs) throws SQLException {
        String published = rs.getString("published");
        return new Document(rs.getLong("id"), rs.getString("path"), rs.getString("file"), rs.getString("hash"),
                rs.getString("title"), rs.getString("text"),
                published == null ? null : TimeValue.parse(published).orElse(null),
                DateSource.valueOf(rs.getString("published_from")), rs.getString("author"),
                Instant.parse(rs.getString("imported_at")));
    }
}
