package org.eventscope.timeline;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * One rung of the axis ladder: a calendar unit and a step (every 3 hours, every 5 years …).
 * Knows how to floor an instant to its grid, step to the next tick, and write a label in several lengths.
 */
public record Resolution(Unit unit, int step) {

    public enum Unit { HOUR, DAY, MONTH, YEAR }

    /** Finest to coarsest: the lower tier is the finest rung whose labels fit. */
    public static final List<Resolution> LADDER = List.of(
            new Resolution(Unit.HOUR, 1), new Resolution(Unit.HOUR, 3), new Resolution(Unit.HOUR, 6), new Resolution(Unit.HOUR, 12),
            new Resolution(Unit.DAY, 1), new Resolution(Unit.DAY, 2), new Resolution(Unit.DAY, 5), new Resolution(Unit.DAY, 10),
            new Resolution(Unit.MONTH, 1), new Resolution(Unit.MONTH, 3), new Resolution(Unit.MONTH, 6),
            new Resolution(Unit.YEAR, 1), new Resolution(Unit.YEAR, 2), new Resolution(Unit.YEAR, 5),
            new Resolution(Unit.YEAR, 10), new Resolution(Unit.YEAR, 20), new Resolution(Unit.YEAR, 50),
            new Resolution(Unit.YEAR, 100), new Resolution(Unit.YEAR, 200), new Resolution(Unit.YEAR, 500),
            new Resolution(Unit.YEAR, 1000), new Resolution(Unit.YEAR, 2000), new Resolution(Unit.YEAR, 5000));

    /** The coarser unit shown in the upper tier above this one: days over hours, months over days, years over months, decades over years … */
    public Resolution parent() {
        return switch (unit) {
            case HOUR -> new Resolution(Unit.DAY, 1);
            case DAY -> new Resolution(Unit.MONTH, 1);
            case MONTH -> new Resolution(Unit.YEAR, 1);
            case YEAR -> {
                int p = 10;
                while (p <= step) p *= 10;
                yield new Resolution(Unit.YEAR, p);
            }
        };
    }

    /** Shortest distance between two ticks, in milliseconds. */
    public double minSpacingMillis() {
        return switch (unit) {
            case HOUR -> step * (double) TimeScale.HOUR_MS;
            case DAY -> step * (double) TimeScale.DAY_MS;
            case MONTH -> step * 28.0 * TimeScale.DAY_MS;
            case YEAR -> step * 365.0 * TimeScale.DAY_MS;
        };
    }

    static LocalDateTime at(long millis) {
        return LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000L), 0, ZoneOffset.UTC);
    }

    static long millis(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC) * 1000L;
    }

    /** The tick at or before {@code millis}. */
    public LocalDateTime floor(long millis) {
        LocalDateTime t = at(millis);
        return switch (unit) {
            case HOUR -> t.withMinute(0).withSecond(0).withHour(t.getHour() / step * step);
            case DAY -> {
                LocalDateTime d = t.toLocalDate().atStartOfDay();
                int dom = 1 + (d.getDayOfMonth() - 1) / step * step;
                if (dom + step - 1 > d.toLocalDate().lengthOfMonth() && dom > 1) dom -= step;
                yield d.withDayOfMonth(dom);
            }
            case MONTH -> {
                int m0 = (t.getMonthValue() - 1) / step * step;
                yield LocalDateTime.of(t.getYear(), m0 + 1, 1, 0, 0);
            }
            case YEAR -> LocalDateTime.of(Math.floorDiv(t.getYear(), step) * step, 1, 1, 0, 0);
        };
    }

    public LocalDateTime next(LocalDateTime t) {
        return switch (unit) {
            case HOUR -> {
                LocalDateTime n = t.plusHours(step);
                yield n.getHour() < t.getHour() || !n.toLocalDate().equals(t.toLocalDate()) ? t.toLocalDate().plusDays(1).atStartOfDay() : n;
            }
            case DAY -> {
                int len = t.toLocalDate().lengthOfMonth();
                int dom = t.getDayOfMonth() + step;
                yield (dom + step - 1 > len) ? t.withDayOfMonth(1).plusMonths(1) : t.withDayOfMonth(dom);
            }
            case MONTH -> t.plusMonths(step);
            case YEAR -> t.plusYears(step);
        };
    }

    /** Labels for a tick, longest first; the generator takes the first length at which all labels fit. */
    public String[] labels(LocalDateTime t, boolean upper) {
        int y = t.getYear();
        String month = t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String mon = t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        if (!upper) {
            return switch (unit) {
                case HOUR -> new String[]{String.format(Locale.ROOT, "%02d:00", t.getHour())};
                case DAY -> new String[]{t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + t.getDayOfMonth(),
                        Integer.toString(t.getDayOfMonth())};
                case MONTH -> new String[]{month, mon};
                case YEAR -> new String[]{yearLabel(y)};
            };
        }
        return switch (unit) {
            case HOUR -> new String[]{String.format(Locale.ROOT, "%02d:00", t.getHour())};
            case DAY -> new String[]{
                    t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + t.getDayOfMonth() + " " + month + " " + yearLabel(y),
                    t.getDayOfMonth() + " " + month + " " + yearLabel(y),
                    t.getDayOfMonth() + " " + mon + " " + yearLabel(y),
                    t.getDayOfMonth() + " " + mon};
            case MONTH -> new String[]{month + " " + yearLabel(y), mon + " " + yearLabel(y), mon};
            case YEAR -> switch (step) {
                case 1 -> new String[]{yearLabel(y)};
                case 10 -> new String[]{y >= 0 ? y + "s" : yearLabel(y) + "–" + yearLabel(y + 9), yearLabel(y)};
                case 100 -> y >= 0
                        ? new String[]{ordinal(y / 100 + 1) + " century", yearLabel(y) + "s", yearLabel(y)}
                        : new String[]{yearLabel(y) + "–" + yearLabel(y + 99), yearLabel(y)};
                default -> new String[]{yearLabel(y) + "–" + yearLabel(y + step - 1), yearLabel(y)};
            };
        };
    }

    /** 2008 → "2008"; 0 → "1 BC"; −499 → "500 BC" (proleptic ISO years). */
    public static String yearLabel(int y) {
        return y >= 1 ? Integer.toString(y) : (1 - y) + " BC";
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = (mod100 >= 11 && mod100 <= 13) ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
