package org.eventscope.store;

import org.eventscope.model.EventKind;
import org.eventscope.model.ParticipantKind;
import org.eventscope.model.TimeValue;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * Fills a store with synthetic events for benchmarks: a mix of days, spans, months and years over a period,
 * with a few dozen participants. Marked as generated, so re-analysis never touches them.
 */
public final class Synthetic {
    private static final String[] VERBS = {"meets", "visits", "signs agreement with", "criticises", "hosts", "calls",
            "recognises", "aids", "sanctions", "talks with"};

    private Synthetic() {
    }

    /** Inserts {@code n} events spread over {@code years} years ending this year; returns the count inserted. */
    public static int generate(Store store, int n, int years, long seed, java.util.function.IntConsumer progress) {
        SplittableRandom random = new SplittableRandom(seed);
        int endYear = LocalDate.now().getYear();
        LocalDate first = LocalDate.of(endYear - years + 1, 1, 1);
        int days = (int) (LocalDate.of(endYear, 12, 31).toEpochDay() - first.toEpochDay());
        return store.inTransaction(() -> {
            var c = store.connection();
            int participants = 60;
            long[] pids = new long[participants];
            for (int i = 0; i < participants; i++) {
                pids[i] = store.participants().upsert("Synthetic Actor " + (i + 1),
                        ParticipantKind.values()[i % 3], null);
            }
            EventKind[] kinds = EventKind.values();
            try (var drop = c.createStatement()) {
                // Indexing titles row by row costs more than the insert itself: index them in one pass afterwards.
                drop.execute("DROP TRIGGER IF EXISTS events_ai");
            }
            try (PreparedStatement ev = c.prepareStatement(
                    "INSERT INTO events(id, key, origin, kind, title, when_value, start_day, end_day, precision, year_known, confidence, disputed, source_count) "
                            + "VALUES (?,NULL,'generated',?,?,?,?,?,?,1,?,?,?)");
                 PreparedStatement part = c.prepareStatement(
                         "INSERT OR IGNORE INTO event_participants(event_id, participant_id, role) VALUES (?,?,'actor')");
                 var s = c.createStatement();
                 var rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM events")) {
                long nextId = rs.getLong(1) + 1;
                for (int i = 0; i < n; i++) {
                    LocalDate d = first.plusDays(random.nextInt(days));
                    int shape = random.nextInt(100);
                    TimeValue when;
                    if (shape < 80) when = new TimeValue.Day(d);
                    else if (shape < 90) when = new TimeValue.Span(d, d.plusDays(1 + random.nextInt(20)));
                    else if (shape < 97) when = new TimeValue.Month(YearMonth.from(d));
                    else when = new TimeValue.Year(d.getYear());
                    EventKind kind = kinds[random.nextInt(kinds.length)];
                    int a = random.nextInt(participants);
                    int b = (a + 1 + random.nextInt(participants - 1)) % participants;
                    long id = nextId++;
                    ev.setLong(1, id);
                    ev.setString(2, kind.name());
                    ev.setString(3, "Synthetic Actor " + (a + 1) + " " + VERBS[random.nextInt(VERBS.length)] + " Synthetic Actor " + (b + 1));
                    ev.setString(4, when.timeml());
                    ev.setLong(5, when.start().orElseThrow().toEpochDay());
                    ev.setLong(6, when.end().orElseThrow().toEpochDay());
                    ev.setString(7, when.precision().name());
                    ev.setDouble(8, 0.5 + random.nextDouble() / 2);
                    ev.setInt(9, random.nextInt(50) == 0 ? 1 : 0);
                    ev.setInt(10, 1 + random.nextInt(4));
                    ev.addBatch();
                    part.setLong(1, id);
                    part.setLong(2, pids[a]);
                    part.addBatch();
                    part.setLong(1, id);
                    part.setLong(2, pids[b]);
                    part.addBatch();
                    if ((i + 1) % 10_000 == 0) {
                        ev.executeBatch();
                        part.executeBatch();
                        progress.accept(i + 1);
                    }
                }
                ev.executeBatch();
                part.executeBatch();
            }
            try (var s = c.createStatement()) {
                s.execute("INSERT INTO events_fts(events_fts) VALUES ('rebuild')");
                s.execute(Migrations.EVENTS_AI);
            }
            progress.accept(n);
            return n;
        });
    }
}
