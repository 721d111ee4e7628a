package org.eventscope.model;

import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates as people read them, as precise as known and no more ("26 Aug 2008", "November 2017", "12 November, year unknown"). */
public final class DisplayDates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private DisplayDates() {
    }

    public static String of(TimeValue v) {
        if (v == null) return "date unknown";
        if (v instanceof TimeValue.Day d) return DAY.format(d.date());
        if (v instanceof TimeValue.Month m) return monthName(m.month().getMonthValue()) + " " + m.month().getYear();
        if (v instanceof TimeValue.Year y) return Integer.toString(y.year());
        if (v instanceof TimeValue.Decade d) return d.decade() + "s";
        if (v instanceof TimeValue.Century c) return ordinal(c.century() / 100 + 1) + " century";
        if (v instanceof TimeValue.Season s) return seasonName(s.season()) + " " + s.year();
        if (v instanceof TimeValue.Quarter q) return "Q" + q.quarter() + " " + q.year();
        if (v instanceof TimeValue.Week w) return "week " + w.week() + " of " + w.weekBasedYear();
        if (v instanceof TimeValue.Span s) return DAY.format(s.from()) + " – " + DAY.format(s.to());
        TimeValue.YearUnknown u = (TimeValue.YearUnknown) v;
        return (u.day() == null ? "" : u.day() + " ") + monthName(u.month()) + ", year unknown";
    }

    private static String monthName(int m) {
        return Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    private static String seasonName(TimeValue.SeasonName s) {
        return switch (s) {
            case SP -> "Spring";
            case SU -> "Summer";
            case FA -> "Autumn";
            case WI -> "Winter";
        };
    }
}
