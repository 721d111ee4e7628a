package org.eventscope.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar value as precise as the text gives it, never more: a day, a month, a year, a season,
 * a span, or a day or month whose year is unknown. Its {@link #timeml()} form is a TimeML-style value
 * ({@code 2021-01-25}, {@code 2008-08}, {@code 2016-SU}, {@code 2020-Q3}, {@code XXXX-11-12},
 * {@code 2020-01-01/2020-09-30}); {@link #parse(String)} reads that form back.
 */
public sealed interface TimeValue permits TimeValue.Day, TimeValue.Month, TimeValue.Year, TimeValue.Decade,
        TimeValue.Century, TimeValue.Season, TimeValue.Quarter, TimeValue.Week, TimeValue.Span,
        TimeValue.YearUnknown {

    /** The TimeML value. */
    String timeml();

    Precision precision();

    /** First day covered, empty when the year is unknown. */
    Optional<LocalDate> start();

    /** Last day covered (inclusive), empty when the year is unknown. */
    Optional<LocalDate> end();

    default boolean yearKnown() {
        return start().isPresent();
    }

    /** True when both years are known and every day {@code other} covers, this covers too. */
    default boolean covers(TimeValue other) {
        return yearKnown() && other.yearKnown() && !other.start().get().isBefore(start().get())
                && !other.end().get().isAfter(end().get());
    }

    /** True when this value covers exactly one day. */
    default boolean isDay() {
        return this instanceof Day;
    }

    record Day(LocalDate date) implements TimeValue {
        public String timeml() { return date.toString(); }
        public Precision precision() { return Precision.DAY; }
        public Optional<LocalDate> start() { return Optional.of(date); }
        public Optional<LocalDate> end() { return Optional.of(date); }
    }

    record Month(YearMonth month) implements TimeValue {
        public String timeml() { return month.toString(); }
        public Precision precision() { return Precision.MONTH; }
        public Optional<LocalDate> start() { return Optional.of(month.atDay(1)); }
        public Optional<LocalDate> end() { return Optional.of(month.atEndOfMonth()); }
    }

    record Year(int year) implements TimeValue {
        public String timeml() { return pad4(year); }
        public Precision precision() { return Precision.YEAR; }
        public Optional<LocalDate> start() { return Optional.of(LocalDate.of(year, 1, 1)); }
        public Optional<LocalDate> end() { return Optional.of(LocalDate.of(year, 12, 31)); }
    }

    /** A decade, {@code decade} being its first year (1990 for "the 1990s"). */
    record Decade(int decade) implements TimeValue {
        public String timeml() { return pad4(decade).substring(0, 3); }
        public Precision precision() { return Precision.DECADE; }
        public Optional<LocalDate> start() { return Optional.of(LocalDate.of(decade, 1, 1)); }
        public Optional<LocalDate> end() { return Optional.of(LocalDate.of(decade + 9, 12, 31)); }
    }

    /** A century, {@code century} being its first year as TimeML counts it (1900 for "19" = 1900–1999). */
    record Century(int century) implements TimeValue {
        public String timeml() { return pad4(century).substring(0, 2); }
        public Precision precision() { return Precision.CENTURY; }
        public Optional<LocalDate> start() { return Optional.of(LocalDate.of(century, 1, 1)); }
        public Optional<LocalDate> end() { return Optional.of(LocalDate.of(century + 99, 12, 31)); }
    }

    enum SeasonName {
        SP, SU, FA, WI;
    }

    /** A northern-hemisphere meteorological season; winter runs December of {@code year} to February of the next. */
    record Season(int year, SeasonName season) implements TimeValue {
        public String timeml() { return pad4(year) + "-" + season.name(); }
        public Precision precision() { return Precision.SEASON; }
        public Optional<LocalDate> start() {
            return Optional.of(switch (season) {
                case SP -> LocalDate.of(year, 3, 1);
                case SU -> LocalDate.of(year, 6, 1);
                case FA -> LocalDate.of(year, 9, 1);
                case WI -> LocalDate.of(year, 12, 1);
            });
        }
        public Optional<LocalDate> end() {
            return Optional.of(switch (season) {
                case SP -> LocalDate.of(year, 5, 31);
                case SU -> LocalDate.of(year, 8, 31);
                case FA -> LocalDate.of(year, 11, 30);
                case WI -> YearMonth.of(year + 1, 2).atEndOfMonth();
            });
        }
    }

    record Quarter(int year, int quarter) implements TimeValue {
        public Quarter {
            if (quarter < 1 || quarter > 4) throw new IllegalArgumentException("quarter " + quarter);
        }
        public String timeml() { return pad4(year) + "-Q" + quarter; }
        public Precision precision() { return Precision.QUARTER; }
        public Optional<LocalDate> start() { return Optional.of(LocalDate.of(year, quarter * 3 - 2, 1)); }
        public Optional<LocalDate> end() { return Optional.of(YearMonth.of(year, quarter * 3).atEndOfMonth()); }
    }

    /** An ISO week. */
    record Week(int weekBasedYear, int week) implements TimeValue {
        public String timeml() { return pad4(weekBasedYear) + "-W" + (week < 10 ? "0" : "") + week; }
        public Precision precision() { return Precision.WEEK; }
        public Optional<LocalDate> start() {
            LocalDate d = LocalDate.of(weekBasedYear, 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return Optional.of(d);
        }
        public Optional<LocalDate> end() { return start().map(d -> d.plusDays(6)); }
    }

    /** A span of whole days, both ends inclusive. */
    record Span(LocalDate from, LocalDate to) implements TimeValue {
        public Span {
            if (to.isBefore(from)) throw new IllegalArgumentException("span ends before it starts: " + from + "/" + to);
        }
        public String timeml() { return from + "/" + to; }
        public Precision precision() { return Precision.SPAN; }
        public Optional<LocalDate> start() { return Optional.of(from); }
        public Optional<LocalDate> end() { return Optional.of(to); }
    }

    /** A month, or a day of a month, whose year the text does not give ({@code XXXX-11-12}, {@code XXXX-11}). */
    record YearUnknown(int month, Integer day) implements TimeValue {
        public YearUnknown {
            if (month < 1 || month > 12) throw new IllegalArgumentException("month " + month);
            if (day != null && (day < 1 || day > 31)) throw new IllegalArgumentException("day " + day);
        }
        public String timeml() {
            return "XXXX-" + two(month) + (day == null ? "" : "-" + two(day));
        }
        public Precision precision() { return day == null ? Precision.MONTH : Precision.DAY; }
        public Optional<LocalDate> start() { return Optional.empty(); }
        public Optional<LocalDate> end() { return Optional.empty(); }
        /** This value placed in a given year (the user or a later-known publication date supplies it). */
        public TimeValue inYear(int year) {
            YearMonth ym = YearMonth.of(year, month);
            if (day == null) return new Month(ym);
            return new Day(ym.atDay(Math.min(day, ym.lengthOfMonth())));
        }
    }

    static TimeValue day(int y, int m, int d) { return new Day(LocalDate.of(y, m, d)); }

    private static String pad4(int year) {
        if (year < 0) return "-" + pad4(-year);
        String s = Integer.toString(year);
        return "0000".substring(Math.min(4, s.length())) + s;
    }

    private static String two(int n) { return n < 10 ? "0" + n : Integer.toString(n); }

    Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    Pattern YEAR = Pattern.compile("\\d{4}");
    Pattern DECADE = Pattern.compile("\\d{3}");
    Pattern CENTURY = Pattern.compile("\\d{2}");
    Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    Pattern UNKNOWN_YEAR = Pattern.compile("XXXX-(\\d{2})(?:-(\\d{2}))?");

    /**
     * Reads a TimeML-style value. Returns empty for values that are not calendar dates
     * (durations, {@code PRESENT_REF}, times without a day) or that are malformed.
     * A value with a time part ({@code 2021-01-25T16:00}) is read as its day.
     */
    static Optional<TimeValue> parse(String value) {
        if (value == null) return Optional.empty();
        String v = value.trim();
        int t = v.indexOf('T');
        if (t == 10) v = v.substring(0, 10);
        try {
            int slash = v.indexOf('/');
            if (slash > 0) {
                Optional<TimeValue> a = parse(v.substring(0, slash));
                Optional<TimeValue> b = parse(v.substring(slash + 1));
                if (a.isEmpty() || b.isEmpty() || !a.get().yearKnown() || !b.get().yearKnown()) return Optional.empty();
                LocalDate from = a.get().start().orElseThrow();
                LocalDate to = b.get().end().orElseThrow();
                if (to.isBefore(from)) return Optional.empty();
                return Optional.of(new Span(from, to));
            }
            Matcher m;
            if ((m = DAY.matcher(v)).matches())
                return Optional.of(day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            if ((m = MONTH.matcher(v)).matches())
                return Optional.of(new Month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))));
            if (YEAR.matcher(v).matches()) return Optional.of(new Year(Integer.parseInt(v)));
            if (DECADE.matcher(v).matches()) return Optional.of(new Decade(Integer.parseInt(v) * 10));
            if (CENTURY.matcher(v).matches()) return Optional.of(new Century(Integer.parseInt(v) * 100));
            if ((m = SEASON.matcher(v)).matches())
                return Optional.of(new Season(Integer.parseInt(m.group(1)), SeasonName.valueOf(m.group(2))));
            if ((m = QUARTER.matcher(v)).matches())
                return Optional.of(new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            if ((m = WEEK.matcher(v)).matches()) {
                int week = Integer.parseInt(m.group(2));
                if (week < 1 || week > 53) return Optional.empty();
                return Optional.of(new Week(Integer.parseInt(m.group(1)), week));
            }
            if ((m = UNKNOWN_YEAR.matcher(v)).matches())
                return Optional.of(new YearUnknown(Integer.parseInt(m.group(1)),
                        m.group(2) == null ? null : Integer.parseInt(m.group(2))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
