package org.eventscope.ui.timeline;

import java.time.LocalDate;
import java.util.Map;
import java.util.Random;

import org.eventscope.model.EventKind;
import org.eventscope.model.Precision;
import org.eventscope.timeline.TimelineEvents;
import org.eventscope.timeline.TimelineEventsBuilder;
import org.eventscope.timeline.UnplacedEvent;

/** Events like those the seed articles give (South Ossetia, 2008 and 2017–2023), and synthetic dense sets. */
final class SampleEvents {
    private SampleEvents() {}

    static final Map<Long, String> PEOPLE = Map.of(
            1L, "Sergey Lavrov", 2L, "Dmitry Medoev", 3L, "South Ossetia", 4L, "Georgia", 5L, "Russia",
            6L, "Anatoly Bibilov", 7L, "Vladimir Putin", 8L, "Inal Ardzinba", 9L, "Alan Gagloev", 10L, "Abkhazia");

    static long day(int y, int m, int d) { return LocalDate.of(y, m, d).toEpochDay(); }

    static TimelineEvents seedLike() {
        TimelineEventsBuilder b = TimelineEvents.builder();
        int DAY = Precision.DAY.ordinal();
        b.add(1, day(2008, 8, 7), day(2008, 8, 7), EventKind.MILITARY.ordinal(), DAY, 3, true, new long[]{4, 3}, 1,
                "Georgia launches offensive on Tskhinvali", new int[][]{{(int) day(2008, 8, 8), (int) day(2008, 8, 8)}});
        b.add(2, day(2008, 8, 8), day(2008, 8, 12), EventKind.MILITARY.ordinal(), Precision.SPAN.ordinal(), 2, false, new long[]{5, 4}, 1,
                "Russo-Georgian war", null);
        b.add(3, day(2008, 8, 26), day(2008, 8, 26), EventKind.RECOGNITION.ordinal(), DAY, 4, false, new long[]{5, 3, 10}, 2,
                "Russia recognises South Ossetia and Abkhazia", null);
        b.add(4, day(2017, 11, 1), day(2017, 11, 30), EventKind.MEETING.ordinal(), Precision.MONTH.ordinal(), 1, false, new long[]{6, 7}, 3,
                "Bibilov meets Putin", null);
        b.add(5, day(2019, 1, 1), day(2019, 12, 31), EventKind.ECONOMIC.ordinal(), Precision.YEAR.ordinal(), 1, false, new long[]{5, 3}, 1,
                "Bilateral trade baseline", null);
        b.add(6, day(2020, 1, 1), day(2020, 9, 30), EventKind.ECONOMIC.ordinal(), Precision.SPAN.ordinal(), 1, false, new long[]{5, 3}, 1,
                "Trade grows almost 20 percent", null);
        b.add(7, day(2020, 11, 11), day(2020, 11, 13), EventKind.VISIT.ordinal(), Precision.SPAN.ordinal(), 1, false, new long[]{2}, 2,
                "Medoev's three-day trip to Moscow", null);
        b.add(8, day(2020, 11, 12), day(2020, 11, 12), EventKind.MEETING.ordinal(), DAY, 2, false, new long[]{1, 2}, 2,
                "Lavrov meets Medoev", null);
        b.add(9, day(2021, 1, 25), day(2021, 1, 25), EventKind.AGREEMENT.ordinal(), DAY, 3, false, new long[]{1, 2}, 1,
                "Consultations plan 2021–2022 signed", null);
        b.add(10, day(2021, 1, 25), day(2021, 1, 25), EventKind.STATEMENT.ordinal(), DAY, 1, false, new long[]{2}, 2,
                "Medoev praises relations with Russia", null);
        b.add(11, day(2021, 12, 20), day(2021, 12, 20), EventKind.MEETING.ordinal(), DAY, 2, false, new long[]{1, 8, 2}, 4,
                "Lavrov hosts Ardzinba and Medoev in Sochi", null);
        b.add(12, day(2022, 6, 1), day(2022, 8, 31), EventKind.STATEMENT.ordinal(), Precision.SEASON.ordinal(), 1, false, new long[]{9}, 5,
                "Gagloev: allied relations stood the test of time", null);
        b.add(13, day(2023, 3, 14), day(2023, 3, 14), EventKind.APPOINTMENT.ordinal(), DAY, 1, false, new long[]{9}, 5,
                "New South Ossetian cabinet approved", null);
        b.addUnplaced(new UnplacedEvent(14, "Medoev visits the new embassy building", "November 12", EventKind.VISIT.ordinal()));
        b.addUnplaced(new UnplacedEvent(15, "Talks on border demarcation", "March 3", EventKind.MEETING.ordinal()));
        return b.build();
    }

    /** n events over {@code years} years from 1900, mostly days, some spans and vague dates. */
    static TimelineEvents synthetic(int n, int years, long seed) {
        Random rnd = new Random(seed);
        TimelineEventsBuilder b = TimelineEvents.builder();
        long d0 = day(1900, 1, 1);
        int days = years * 365;
        for (int i = 0; i < n; i++) {
            long s = d0 + rnd.nextInt(days);
            int r = rnd.nextInt(100);
            long e = s;
            int p = Precision.DAY.ordinal();
            if (r < 10) { e = s + 1 + rnd.nextInt(30); p = Precision.SPAN.ordinal(); }
            else if (r < 15) { LocalDate ld = LocalDate.ofEpochDay(s).withDayOfMonth(1); s = ld.toEpochDay(); e = ld.plusMonths(1).toEpochDay() - 1; p = Precision.MONTH.ordinal(); }
            else if (r < 17) { LocalDate ld = LocalDate.ofEpochDay(s).withDayOfYear(1); s = ld.toEpochDay(); e = ld.plusYears(1).toEpochDay() - 1; p = Precision.YEAR.ordinal(); }
            b.add(i + 1, s, e, rnd.nextInt(EventKind.values().length), p, 1 + rnd.nextInt(4), rnd.nextInt(200) == 0,
                    new long[]{rnd.nextInt(500), 500 + rnd.nextInt(500)}, rnd.nextInt(20_000), "Synthetic event " + (i + 1), null);
        }
        return b.build();
    }
}
