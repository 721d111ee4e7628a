package org.eventscope.extract;

import org.eventscope.model.TimexType;

import java.time.LocalDate;

import static org.eventscope.extract.DatePatterns.found;

/** Dates written with digits only: 2008-08-26, 2021-2022, 1991-92, 2008-08, the 1990s, a year, 28/12/2023. */
final class NumericDates {
    private static final java.util.Set<String> STREETS = java.util.Set.of("street", "avenue", "road", "boulevard",
            "lane", "drive", "place", "square", "st", "ave", "rd", "blvd", "highway");

    private NumericDates() {
    }

    /**
     * Where a timestamp's time ends past its minutes at k: its seconds and their fraction, and a zone "Z" or an offset
     * glued to it ("2024-03-05T10:02:00.000Z", "T22:15:00+03:00"), none of which is a word of the text.
     */
    private static int stampEnd(Tokens t, int k) {
        if (t.is(k, ':') && t.glued(k) && t.isNum(k + 1) && t.glued(k + 1)) k += 2;
        if (t.is(k, '.') && t.glued(k) && t.isNum(k + 1) && t.glued(k + 1)) k += 2;
        if (t.isWord(k) && t.glued(k) && t.w(k).equals("z")) return k + 1;
        if ((t.is(k, '+') || t.isDash(k)) && t.glued(k) && t.isNum(k + 1) && t.glued(k + 1)) {
            k += 2;
            if (t.is(k, ':') && t.glued(k) && t.isNum(k + 1) && t.glued(k + 1)) k += 2;
        }
        return k;
    }

    /** 2008-08-26, 2021-2022, 1991-92, 2008-08, 1990s, a year alone. */
    static TemporalTagger.Found yearForms(Lexicon lex, TemporalTagger.Ctx c, int i, int y) {
        Tokens t = c.t;
        if (y < 1000 || y > 2199) return null;
        boolean slash = t.is(i + 1, '/') && t.glued(i + 1) && t.glued(i + 2);
        if ((t.isDash(i + 1) || slash) && t.isNum(i + 2)) {
            int l2 = t.len(i + 2);
            int b = t.num(i + 2);
            boolean glued = t.glued(i + 1) && t.glued(i + 2);
            if (glued && l2 <= 2 && (slash ? t.is(i + 3, '/') : t.isDash(i + 3)) && t.glued(i + 3) && t.isNum(i + 4)
                    && t.glued(i + 4)
                    && t.len(i + 4) <= 2) {
                if (t.glued(i + 5) && (t.isNum(i + 5) || t.isDash(i + 5))) return null;
                LocalDate d = Dates.day(y, b, t.num(i + 4));
                if (d == null) return null;
                int e = i + 5;
                if (t.isWord(e) && t.glued(e) && t.w(e).equals("t") && t.isNum(e + 1) && t.is(e + 2, ':')) {
                    return found(i, stampEnd(t, e + 4), d + "T" + Anchor.two(t.num(e + 1)) + ":"
                            + Anchor.two(t.num(e + 3)), TimexType.TIME, false);
                }
                return found(i, e, d.toString(), TimexType.DATE, false);
            }
            if (t.glued(i + 3) && (t.isNum(i + 3) || t.isDash(i + 3))) return null;
            int y2 = l2 == 4 ? b : l2 == 2 ? y / 100 * 100 + b : -1;
            if (y2 > y && y2 - y <= 100 && (l2 == 4 || glued)) {
                return found(i, i + 3, y + "-01-01/" + y2 + "-12-31", TimexType.DATE, false);
            }
            if (glued && l2 == 2 && b >= 1 && b <= 12 && !slash) {
                return found(i, i + 3, Anchor.month(y, b), TimexType.DATE, false);
            }
            return null;
        }
        boolean plural = t.wordIs(i + 1, "s") && t.glued(i + 1);
        if ((plural || t.isApostrophe(i + 1) && t.wordIs(i + 2, "s") && t.glued(i + 1)) && y % 10 == 0) {
            // "the 1990s" is a decade (199); "the 1800s" a century (18), but "the 2000s" the decade
            String v = y % 100 == 0 && y < 2000 ? Integer.toString(y / 100) : Integer.toString(y / 10);
            return found(i, plural ? i + 2 : i + 3, v, TimexType.DATE, false);
        }
        if ((t.wordIs(i + 1, "fiscal") || t.wordIs(i + 1, "financial")) && t.wordIs(i + 2, "year")) {
            return found(i, i + 3, "FY" + y, TimexType.DATE, false); // "the 1990 fiscal year"
        }
        if (t.glued(i + 1) && (t.is(i + 1, '.') || t.is(i + 1, ',') || t.is(i + 1, '%')) && t.isNum(i + 2)) return null;
        if (t.is(i + 1, '%') || t.glued(i + 1) && t.isWord(i + 1)) return null;
        String next = t.w(i + 1);
        String prev = t.w(i - 1);
        if (t.capitalised(i + 1) && STREETS.contains(t.w(i + 2))) return null; // "1600 Pennsylvania Avenue"
        if (DatePatterns.NOT_YEAR_AFTER.contains(next) || next.equals("million") || next.equals("billion")) return null;
        boolean prep = DatePatterns.PREPOSITIONS.contains(prev) || prev.equals("year") || prev.equals("since") || t.is(i - 1, '(')
                || lex.months.containsKey(prev);
        if (y < 1900 && !prep) return null;
        if (!prep && t.isWord(i + 1) && !t.capitalised(i + 1) && next.endsWith("s") && !DatePatterns.FUNCTION.contains(next)
                && !next.equals("was") && !next.equals("has")) {
            return null;
        }
        return found(i, i + 1, Integer.toString(y), TimexType.DATE, false);
    }

    /** 28/12/2023, 28.12.2023, 7/8/07. */
    static TemporalTagger.Found slashDate(TemporalTagger.Ctx c, int i) {
        Tokens t = c.t;
        boolean slash = t.is(i + 1, '/');
        boolean dot = t.is(i + 1, '.');
        if (!slash && !dot && !t.isDash(i + 1)) return null;
        char sep = t.text.charAt(t.start[i + 1]);
        if (!(t.glued(i + 1) && t.isNum(i + 2) && t.glued(i + 2) && t.len(i + 2) <= 2 && t.glued(i + 3)
                && t.is(i + 3, sep) && t.isNum(i + 4) && t.glued(i + 4))) {
            return null;
        }
        if (t.glued(i + 5) && (t.isNum(i + 5) || t.is(i + 5, sep) && t.isNum(i + 6))) return null;
        int l3 = t.len(i + 4);
        int y = t.num(i + 4);
        if (l3 == 2) y += y < 50 ? 2000 : 1900;
        else if (l3 != 4) return null;
        int a = t.num(i);
        int b = t.num(i + 2);
        LocalDate dm = Dates.day(y, b, a);
        LocalDate md = slash ? Dates.day(y, a, b) : null;
        LocalDate pick;
        if (dm == null) pick = md;
        else if (md == null || md.equals(dm)) pick = dm;
        else if (c.a.day != null) {
            long x = Math.abs(dm.toEpochDay() - c.a.day.toEpochDay());
            long z = Math.abs(md.toEpochDay() - c.a.day.toEpochDay());
            pick = z < x ? md : dm;
        } else pick = dm;
        if (pick == null) return null;
        return found(i, i + 5, pick.toString(), TimexType.DATE, false);
    }
}
