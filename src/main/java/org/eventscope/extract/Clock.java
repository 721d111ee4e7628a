package org.eventscope.extract;

import org.eventscope.model.TimexType;

import java.time.LocalDateTime;
import java.util.Map;

import static java.util.Map.entry;

/**
 * Times of day: 16:00, 05:40 PM, 10 a.m., 1400 GMT. A time with a zone (GMT, UTC, EST, "(GMT +8)") is given in
 * UTC with a trailing Z, as TimeML normalises zoned times; the day moves when the conversion crosses midnight.
 */
final class Clock {
    /** Common zone abbreviations written in news, with their offsets from UTC in minutes (ambiguous ones left out). */
    private static final Map<String, Integer> ZONES = Map.ofEntries(entry("utc", 0), entry("gmt", 0),
            entry("est", -300), entry("edt", -240), entry("cst", -360), entry("cdt", -300), entry("mst", -420),
            entry("mdt", -360), entry("pst", -480), entry("pdt", -420), entry("akst", -540), entry("hst", -600),
            entry("wet", 0), entry("west", 60), entry("bst", 60), entry("cet", 60), entry("cest", 120),
            entry("eet", 120), entry("eest", 180), entry("msk", 180), entry("sast", 120), entry("wat", 60),
            entry("cat", 120), entry("eat", 180), entry("pkt", 300), entry("wib", 420), entry("ict", 420),
            entry("hkt", 480), entry("sgt", 480), entry("jst", 540), entry("kst", 540), entry("aest", 600),
            entry("aedt", 660), entry("nzst", 720), entry("nzdt", 780));

    private Clock() {
    }

    /** Words before a clock time: "at 14:32:05". */
    private static final java.util.Set<String> CLOCK_BEFORE = java.util.Set.of("at", "by", "until", "till", "around",
            "about", "from", "since", "before", "after");

    /** 16:00, 05:40 PM, 6:40 p.m. (GMT +8), 10 a.m. EST starting at number token i. */
    static TemporalTagger.Found match(TemporalTagger.Ctx c, int i) {
        Tokens t = c.t;
        int h = t.num(i);
        int m = 0;
        int j;
        if (t.is(i + 1, ':') && t.glued(i + 1) && t.isNum(i + 2) && t.glued(i + 2) && t.len(i + 2) == 2) {
            m = t.num(i + 2);
            j = i + 3;
            if (t.is(j, ':') && t.glued(j) && t.isNum(j + 1) && t.len(j + 1) == 2) {
                j += 2;
                // "won in 2:05:45", "ran 2:18:20": hours, minutes and seconds no clock or zone follows and no "at"
                // comes before are a time measured, a race's
                int sec = t.num(j - 1);
                if (ampm(t, j) == j && zone(t, j) == null && !CLOCK_BEFORE.contains(t.w(i - 1)) && h < 24 && m < 60
                        && sec < 60) {
                    return DatePatterns.found(i, j, "PT" + (h > 0 ? h + "H" : "") + (m > 0 ? m + "M" : "")
                            + (sec > 0 ? sec + "S" : ""), TimexType.DURATION, false);
                }
            }
            if (t.is(j, ':') && t.glued(j) && t.isNum(j + 1)) return null;
        } else if (t.is(i + 1, '.') && t.glued(i + 1) && t.isNum(i + 2) && t.glued(i + 2) && t.len(i + 2) == 2
                && (ampm(t, i + 3) > i + 3 || zone(t, i + 3) != null)) {
            m = t.num(i + 2); // "4.30pm", "16.30 GMT"
            j = i + 3;
        } else {
            j = i + 1;
        }
        if (h > 24 || m > 59) return null;
        int k = ampm(t, j);
        if (k > j) {
            if (h == 0 || h > 12) return null;
            boolean pm = t.w(j).startsWith("p");
            h = pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h);
            j = k;
        } else if (j == i + 1) {
            return null;
        }
        return zoned(c, i, j, h, m);
    }

    /** "1400 GMT", "0930 UTC": a four-digit wire-service time, only with a zone after it. */
    static TemporalTagger.Found military(TemporalTagger.Ctx c, int i) {
        Tokens t = c.t;
        int n = t.num(i);
        if (t.len(i) != 4 || n / 100 > 23 || n % 100 > 59) return null;
        if (zone(t, i + 1) == null && !(t.wordIs(i + 1, "local") && t.wordIs(i + 2, "time"))) return null;
        return zoned(c, i, i + 1, n / 100, n % 100);
    }

    private static TemporalTagger.Found zoned(TemporalTagger.Ctx c, int i, int j, int h, int m) {
        String day = c.dayAfter(j, i);
        int[] z = zone(c.t, j);
        String d = day == null ? "XXXX-XX-XX" : day;
        String time = Anchor.two(h) + ":" + Anchor.two(m);
        if (z != null) {
            j = z[1];
            day = c.dayAfter(j, i);
            d = day == null ? "XXXX-XX-XX" : day;
            int local = h * 60 + m;
            int utc = local - z[0];
            if (utc >= 0 && utc < 24 * 60) {
                time = Anchor.two(utc / 60) + ":" + Anchor.two(utc % 60) + "Z";
            } else if (day != null) {
                LocalDateTime u = LocalDateTime.parse(day + "T" + time).minusMinutes(z[0]);
                d = u.toLocalDate().toString();
                time = Anchor.two(u.getHour()) + ":" + Anchor.two(u.getMinute()) + "Z";
            }
        }
        return DatePatterns.found(i, j, d + "T" + time, TimexType.TIME, false);
    }

    /** The zone at token j ("GMT", "EST", "GMT+8", "(UTC -05:00)"): {offset minutes, end token}, or null. */
    private static int[] zone(Tokens t, int j) {
        boolean paren = t.is(j, '(');
        int k = paren ? j + 1 : j;
        Integer off = ZONES.get(t.w(k));
        if (off == null) return null;
        boolean universal = t.wordIs(k, "gmt") || t.wordIs(k, "utc");
        if (!t.allCaps(k) && !universal) return null;
        k++;
        if (universal && (t.is(k, '+') || t.isDash(k)) && t.isNum(k + 1)) {
            int sign = t.is(k, '+') ? 1 : -1;
            int a = t.num(k + 1);
            int mins;
            int e = k + 2;
            if (t.len(k + 1) == 4) mins = a / 100 * 60 + a % 100;
            else if (t.len(k + 1) <= 2 && t.is(e, ':') && t.isNum(e + 1) && t.len(e + 1) == 2) {
                mins = a * 60 + t.num(e + 1);
                e += 2;
            } else if (t.len(k + 1) <= 2) mins = a * 60;
            else return null;
            if (mins > 14 * 60) return null;
            off = sign * mins;
            k = e;
        }
        if (paren) {
            if (!t.is(k, ')')) return null;
            k++;
        }
        return new int[]{off, k};
    }

    private static int ampm(Tokens t, int j) {
        String w = t.w(j);
        if (w.equals("am") || w.equals("pm")) return j + 1;
        if ((w.equals("a") || w.equals("p")) && t.is(j + 1, '.') && t.wordIs(j + 2, "m") && t.glued(j + 1)) {
            return t.is(j + 3, '.') && t.glued(j + 3) ? j + 4 : j + 3;
        }
        return j;
    }
}
