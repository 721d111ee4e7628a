package org.eventscope.extract;

import org.eventscope.model.TimeValue;
import org.eventscope.model.TimexType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which date of a sentence can date which of its triggers, beyond distance: a dateline's date dates the article,
 * not its first sentence's happening; "X fled on Wednesday and resigned on Thursday" gives each verb of the
 * coordination its own date; "landed on Thursday, a day after Tokayev asked for help" dates the asking by the
 * landing; a past participle before a noun ("over flooded areas") names no happening of its own. Also the
 * sentence scan behind word distances, quotation and clause marks, and the joining of date ranges.
 */
final class ClauseDates {
    private static final Set<String> BEFORE_PARTICIPLE = Set.of("the", "a", "an", "its", "their", "his", "her", "our",
            "this", "these", "those", "over", "in", "into", "of", "from", "across", "through", "near", "around",
            "under", "with", "for", "newly", "recently");
    private static final WordList BEFORE_PARTICIPLE_WORDS = WordList.of(BEFORE_PARTICIPLE);
    private static final Set<String> NOT_NOUN = Set.of("by", "to", "in", "on", "at", "from", "with", "as", "for", "of",
            "and", "or", "that", "the", "a", "an", "his", "her", "its", "their", "after", "before", "since", "during",
            "over", "into", "up", "down", "out", "off", "back", "himself", "herself", "themselves", "itself", "him",
            "them", "it", "this", "these", "those", "last", "earlier", "late", "early");
    private static final Set<String> AFTER_AND = Set.of("then", "later", "also", "subsequently", "was", "were", "has",
            "had", "promptly", "quickly", "formally");
    private static final WordList AFTER_AND_WORDS = WordList.of(AFTER_AND);
    private static final int[] NONE = new int[0];

    private ClauseDates() {
    }

    /** "over flooded areas", "the ousted president": a participle used as an adjective before its noun. */
    static boolean participle(Tokens t, int k) {
        String w = t.lower[k];
        if (!w.endsWith("ed") && !w.equals("held")) return false;
        // "government-held areas" (not "was re-elected", "was short-listed": a prefix of the verb)
        if (t.isDash(k - 1) && t.glued(k) && t.isWord(k - 2)) return !verbPrefix(t, k - 2);
        if (!t.in(k - 1, BEFORE_PARTICIPLE_WORDS)) return false;
        return t.isWord(k + 1) && !t.capitalised(k + 1) && !NOT_NOUN.contains(t.lower[k + 1]) && !t.lower[k + 1].endsWith("ly");
    }

    /** Prefixes joined to a verb by a hyphen that leave it a verb: "re-elected", "co-founded", "short-listed". */
    private static final Set<String> VERB_PREFIXES = Set.of("re", "co", "pre", "short", "mis", "over", "under", "out",
            "counter", "cross", "un", "de", "dis");

    /**
     * Whether a clause of its own, with a subject of common words, opens after the comma at j: ", and few people
     * believed", ", but analysts said", ", and he said" (not ", and killed three soldiers", the same subject's).
     */
    static boolean ownClauseAfter(Tokens t, int j) {
        int v = j + 1;
        if (t.wordIs(v, "and") || t.wordIs(v, "but")) v++;
        int start = v;
        if (t.isWord(v) && SUBJECT_PRONOUNS.contains(t.lower[v])) {
            v++;
        } else {
            while (v < t.size && v - start < 4 && t.isWord(v) && !t.capitalised(v)
                    && (SUBJECT_DETERMINERS.contains(t.lower[v]) || pluralNoun(t.lower[v]))) {
                v++;
            }
            if (v == start || SUBJECT_DETERMINERS.contains(t.lower[v - 1])) return false; // no noun: "and then"
        }
        return t.isWord(v) && !t.capitalised(v) && Triggers.pastForm(t.lower[v]);
    }

    private static boolean pluralNoun(String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("ous") && !w.endsWith("ics")
                && !Triggers.pastForm(w) || w.equals("people") || w.equals("police");
    }

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i");
    private static final Set<String> SUBJECT_DETERMINERS = Set.of("the", "few", "many", "most", "some", "several",
            "two", "three", "four", "five", "his", "her", "their", "its", "other", "both", "all", "local", "foreign");

    /** Whether the word at j is a prefix of the verb the hyphen after it joins ("re" in "re-elected"). */
    static boolean verbPrefix(Tokens t, int j) {
        return t.isWord(j) && VERB_PREFIXES.contains(t.lower[j]) && t.glued(j + 1);
    }

    /** Nouns a happening noun may modify ("coup leader", "quake zone", "crash site", "war monitor"). */
    private static final Set<String> HEADS = Set.of("leader", "leaders", "zone", "zones", "site", "sites", "victims",
            "survivors", "monitor", "plotters", "anniversary", "toll", "helicopter", "helicopters", "crimes", "criminals",
            "commission", "committee", "officials", "observers", "correspondent", "reporter", "headquarters", "museum",
            "memorial", "veterans", "veteran", "refugees", "debris", "wreckage");

    /** Whether the happening noun at k only modifies the noun after it ("the coup leader"). */
    static boolean modifier(Tokens t, int k) {
        return t.isWord(k + 1) && HEADS.contains(t.lower[k + 1]);
    }

    private static final Set<String> ENDING = Set.of("ending", "ended", "ends", "end", "halting", "halted", "halt",
            "stopping", "stopped", "after", "since");
    private static final WordList ENDING_WORDS = WordList.of(ENDING);
    private static final Set<String> SPELLS = Set.of("days", "weeks", "months", "years", "decades", "hours", "year",
            "decade", "month", "week");
    private static final WordList SPELL_WORDS = WordList.of(SPELLS);

    /**
     * "halting more than a year of fighting", "ending weeks of fighting": a happening noun that is ended or spans a
     * stretch of time is background to the sentence's date, not dated by it; so is a noun after "since" or
     * "after" ("since the war"), but not a verb whose clause they open.
     */
    static boolean background(Tokens t, int k, boolean noun) {
        if (t.wordIs(k - 1, "of") && t.in(k - 2, SPELL_WORDS)) return true;
        for (int j = k - 1; j >= 0 && j >= k - 4; j--) {
            if (!t.isWord(j) && !t.isNum(j)) return false;
            // "since the commission announced the result on May 27": a clause with its own verb is dated itself
            if (t.in(j, ENDING_WORDS)) return noun || !(t.wordIs(j, "since") || t.wordIs(j, "after"));
        }
        return false;
    }

    /**
     * Whether the date is a dateline's ("DAR ES SALAAM, Nov 6, 2022 (Reuters) -", "Oct 13 (Reuters) -"): only
     * capitalised words before it in its sentence, then an agency in brackets or a dash.
     */
    static boolean dateline(Tokens t, int a, TemporalTagger.Found d) {
        if (d.from() - a > 12) return false;
        for (int j = a; j < d.from(); j++) if (t.isWord(j) && !t.capitalised(j)) return false;
        int j = d.to();
        if (t.is(j, '(')) {
            int c = j + 1;
            while (c < t.size && c - j < 10 && !t.is(c, ')')) c++;
            if (!t.is(c, ')')) return false;
            j = c + 1;
        }
        return t.isDash(j) || t.is(j, '/');
    }

    /**
     * Where the sentence proper starts after a dateline ("LA PAZ, June 26, 2024 (Reuters) - Bolivian soldiers"):
     * the token after its dash when only capitalised words, numbers, punctuation and a bracketed agency come
     * before it; {@code a} when the sentence opens on no dateline.
     */
    static int afterDateline(Tokens t, int a) {
        boolean brackets = false;
        for (int j = a; j < t.size && j - a <= 20; j++) {
            if (t.isDash(j) && j > a && !(t.glued(j) && t.glued(j + 1))) return j + 1; // not "Timor-Leste"
            if (t.is(j, '(')) brackets = true;
            else if (t.is(j, ')')) brackets = false;
            else if (t.isWord(j) && !t.capitalised(j) && !brackets) return a;
        }
        return a;
    }

    /** Positions of "and" that coordinate a second verb ("fled ... and resigned", "and was sworn in"). */
    static int[] andVerbs(Tokens t, int a, int b) {
        int[] out = NONE;
        int n = 0;
        for (int j = a; j < b; j++) {
            String x = t.lower[j];
            if (x == null || x.length() != 3 || !x.equals("and")) continue;
            int v = j + 1;
            while (v < b && v - j <= 3 && t.in(v, AFTER_AND_WORDS)) v++;
            if (v >= b || !t.isWord(v) || t.capitalised(v)) continue;
            String w = t.lower[v];
            if (Triggers.pastForm(w)) {
                if (n == out.length) out = java.util.Arrays.copyOf(out, Math.max(2, n * 2));
                out[n++] = j;
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** Whether "and" at j opens a noun phrase ending at the noun k: "and the partial meltdown". */
    static boolean nounAfterAnd(Tokens t, int j, int k) {
        if (!t.wordIs(j, "and") || k - j > 4) return false;
        for (int q = j + 1; q < k; q++) if (!t.isWord(q) || t.capitalised(q)) return false;
        return true;
    }

    /** Whether a date of the sentence follows k within twelve tokens, with no comma or semicolon between. */
    static boolean datedAfter(Tokens t, List<TemporalTagger.Found> dates, int k, int b) {
        for (TemporalTagger.Found o : dates) {
            if (o.from() > k && o.from() - k <= 12 && o.from() < b && !punctuated(t, k, o.from())) return true;
        }
        return false;
    }

    /** Whether a lower-case past verb stands within n words from token k, before any punctuation. */
    private static boolean verbWithin(Tokens t, int k, int b, int n) {
        for (int q = k; q < b && q < k + n && t.isWord(q); q++) {
            if (!t.capitalised(q) && Triggers.pastForm(t.lower[q])) return true;
        }
        return false;
    }

    /** Whether one of the coordinating "and"s lies in [from, to). */
    static boolean coordinated(int[] ands, int from, int to) {
        for (int j : ands) if (j >= from && j < to) return true;
        return false;
    }

    /** Whether a comma, semicolon or colon lies on a token of [from, to). */
    static boolean punctuated(Tokens t, int from, int to) {
        for (int j = from; j < to; j++) if (t.is(j, ',') || t.is(j, ';') || t.is(j, ':')) return true;
        return false;
    }

    /**
     * Like {@link #punctuated}, but a year set off by commas is no break: "the epidemic, in 1967, began in
     * Shropshire" is one clause around an aside.
     */
    static boolean punctuatedPastYear(Tokens t, int from, int to) {
        for (int j = from; j < to; j++) {
            if (t.is(j, ';') || t.is(j, ':')) return true;
            if (!t.is(j, ',')) continue;
            int y = t.wordIs(j + 1, "in") ? j + 2 : j + 1;
            if (y + 1 < to && t.isNum(y) && t.len(y) == 4 && t.is(y + 1, ',')) {
                j = y + 1;
                continue;
            }
            return true;
        }
        return false;
    }

    /**
     * Whether the part of a coordination holding trigger {@code k} ("fled on Wednesday | and resigned on Thursday")
     * has a date of its own besides {@code d}, which lies across the "and": the "and" nearest to {@code k} on
     * {@code d}'s side bounds that part.
     */
    static boolean ownPartDated(int[] ands, int k, TemporalTagger.Found d, List<TemporalTagger.Found> dates, int a, int b) {
        int from = a;
        int to = b;
        for (int j : ands) {
            if (j < k) from = Math.max(from, j);
            else to = Math.min(to, j);
        }
        for (TemporalTagger.Found o : dates) if (o != d && o.from() >= from && o.to() <= to) return true;
        return false;
    }

    /**
     * "on Thursday, a day after X asked", "on Monday, two days before the vote": a date told by its
     * distance from an earlier day date of the sentence, for the trigger that follows it. Added to {@code dates};
     * returns how many of the dates (at the end) are such derived ones.
     */
    static int derive(Tokens t, int a, int b, List<TemporalTagger.Found> dates) {
        int added = 0;
        int nd = dates.size();
        for (int j = a + 2; j < b; j++) {
            String x = t.lower[j];
            if (x == null || x.length() != 5 && x.length() != 6) continue;
            boolean after = t.wordIs(j, "after");
            if (!after && !t.wordIs(j, "before")) continue;
            String unit = t.w(j - 1);
            int n = count(t, j - 2);
            if (n < 1) continue; // "hours after" is the same day: the sentence's own date serves
            int days = switch (unit) {
                case "day", "days" -> n;
                case "week", "weeks" -> 7 * n;
                default -> -1;
            };
            if (days < 0 || days > 60) continue;
            int from = j - 2;
            TemporalTagger.Found base = null;
            TemporalTagger.Found onlyDay = null; // the day before it, when the sentence gives one day only
            int daysBefore = 0;
            for (int q = 0; q < nd; q++) {
                TemporalTagger.Found d = dates.get(q);
                if (d.to() > from) continue;
                if (from - d.to() <= 6) base = d;
                if (d.calendar().orElse(null) instanceof TimeValue.Day) {
                    onlyDay = d;
                    daysBefore++;
                }
            }
            // "The Assembly yesterday nominated Mubarak to succeed Sadat, a day after the president was gunned down":
            // set off by a comma, it counts from the main clause's only day, however far before
            // (when a clause follows: "a day before his 22nd birthday" dates no happening of its own)
            if (base == null && daysBefore == 1 && t.is(from - 1, ',') && verbWithin(t, j + 1, b, 6)) base = onlyDay;
            if (base == null || !(base.calendar().orElse(null) instanceof TimeValue.Day day)) continue;
            LocalDate at = after ? day.date().minusDays(days) : day.date().plusDays(days);
            dates.add(new TemporalTagger.Found(from, j + 1, at.toString(), TimexType.DATE, false, false));
            added++;
        }
        return added;
    }

    private static int count(Tokens t, int j) {
        String w = t.w(j);
        return switch (w) {
            case "a", "an", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            default -> {
                if (!t.isNum(j)) yield -1;
                String s = t.text.substring(t.start[j], t.end[j]);
                yield s.length() <= 2 && Character.isDigit(s.charAt(0)) && Character.isDigit(s.charAt(s.length() - 1))
                        ? Integer.parseInt(s) : -1;
            }
        };
    }

    /** The days a duration of days or weeks spans ("P5D" 5, "P2W" 14), or -1 for any other value. */
    static int spanDays(String v) {
        if (v.length() < 3 || v.charAt(0) != 'P' || !(v.endsWith("D") || v.endsWith("W"))) return -1;
        try {
            int n = Integer.parseInt(v.substring(1, v.length() - 1));
            return v.endsWith("W") ? n * 7 : n;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Verbs by which the happening just told is set after another: "The move came two days after ...". */
    private static final java.util.Set<String> FOLLOWED = java.util.Set.of("came", "comes", "followed", "follows",
            "occurred", "happened");

    /** Whether the span d is told between such a verb and "after" or "before": "came two days after". */
    static boolean followed(Tokens t, TemporalTagger.Found d) {
        return FOLLOWED.contains(t.w(d.from() - 1)) && (t.wordIs(d.to(), "after") || t.wordIs(d.to(), "before"));
    }

    /**
     * "elected him two days after the assault of February 23", "died nineteen months before the June 1977 elections":
     * a span right before "after" or "before" whose phrase gives a day or a month within six words counts from it; the
     * happening told before the span is that long after (or before) that date. Null when no such date follows, or the
     * span is no whole number of days, weeks, months or years.
     */
    static TemporalTagger.Found anchored(Tokens t, TemporalTagger.Found d, List<TemporalTagger.Found> dates) {
        boolean after = t.wordIs(d.to(), "after");
        if (!after && !t.wordIs(d.to(), "before")) return null;
        // (not a length, "exile for 15 years before returning", nor a rough count, "less than two weeks before", "a
        // decade after")
        String p = t.w(d.from() - 1);
        if (LENGTH_OR_ROUGH.contains(p) || t.wordIs(d.from() - 1, "than") || t.wordIs(d.from() - 2, "at")) return null;
        for (int j = d.from(); j < d.to(); j++) if (t.wordIs(j, "decade") || t.wordIs(j, "decades")) return null;
        for (TemporalTagger.Found f : dates) {
            if (f.from() <= d.to() || f.from() - d.to() > 6) continue;
            for (int j = d.to() + 1; j < f.from(); j++) if (t.is(j, ',') || t.is(j, ';')) return null;
            org.eventscope.model.TimeValue at = f.calendar().orElse(null);
            String value = shifted(at, d.value(), after);
            return value == null ? null
                    : new TemporalTagger.Found(d.from(), d.to() + 1, value, org.eventscope.model.TimexType.DATE, false, true);
        }
        return null;
    }

    private static final Set<String> LENGTH_OR_ROUGH = Set.of("for", "in", "within", "over", "about", "around",
            "almost", "nearly", "some", "roughly", "approximately", "barely", "up", "to");

    /** A day or month moved by a span of days, weeks, months or years, forward or back; null when it cannot be. */
    private static String shifted(org.eventscope.model.TimeValue at, String span, boolean forward) {
        int sign = forward ? 1 : -1;
        // (a day moves by days or weeks only: "three months after 5 May" is a month, told less surely than the day)
        if (at instanceof org.eventscope.model.TimeValue.Day day) {
            int days = spanDays(span);
            return days < 0 ? null : day.date().plusDays(sign * (long) days).toString();
        }
        if (!(at instanceof org.eventscope.model.TimeValue.Month month) || span.length() < 3 || span.charAt(0) != 'P'
                || !(span.endsWith("M") || span.endsWith("Y")) || span.startsWith("PT")) {
            return null;
        }
        try {
            int n = Integer.parseInt(span.substring(1, span.length() - 1));
            return month.month().plusMonths(sign * (long) n * (span.endsWith("Y") ? 12 : 1)).toString();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * "routed the troops in five days" after a dated sentence: the happening spans the days from that date;
     * "after five days of fighting" is the day those days end.
     */
    static TemporalTagger.Found bounded(Tokens t, TemporalTagger.Found d, java.time.LocalDate from) {
        String v = d.value();
        if (v.startsWith("PT") && (v.endsWith("H") || v.endsWith("M"))) {
            // "within hours Arce swore in new commanders", "after two hours of talks": the same day
            String prep = t.w(d.from() - 1);
            boolean near = prep.equals("within") || prep.equals("after") || t.wordIs(d.to(), "later");
            return near ? new TemporalTagger.Found(d.from(), d.to(), from.toString(), org.eventscope.model.TimexType.DATE,
                    false, true) : null;
        }
        int days = spanDays(v);
        if (days < 1 || days > 60) return null;
        String prep = t.w(d.from() - 1);
        String value;
        // "Nauru announced on Jan. 15 ... The move came two days after Taiwan's election": the happening told before
        // came that long after (or before) the one this sentence tells, which is that long before (or after) its day
        if (followed(t, d)) {
            value = (t.wordIs(d.to(), "after") ? from.minusDays(days) : from.plusDays(days)).toString();
            return new TemporalTagger.Found(d.from(), d.to() + 1, value, org.eventscope.model.TimexType.DATE, false, true);
        }
        if (prep.equals("in") || prep.equals("within") || prep.equals("for") || prep.equals("over")) {
            value = from + "/" + from.plusDays(days - 1);
        } else if (prep.equals("after")) {
            value = from.plusDays(days).toString();
        } else {
            return null;
        }
        return new TemporalTagger.Found(d.from(), d.to(), value, org.eventscope.model.TimexType.DATE, false, true);
    }


    /**
     * One pass over the sentence [a, b): {@code at[i]} = how many words precede token a+i, a name counting as one
     * word and punctuation and bracketed asides as none (the distance between a trigger and its date in
     * constituents); {@code quoted[i]} = whether token a+i stands inside quotation marks. Returns the few marked
     * tokens: k+1 for a relating word ("after", "since"), -(k+1) for a clause boundary ("; ", ", and"); 0 ends.
     */
    static int[] scan(Tokens t, int a, int b, boolean[] inMention, int[] at, boolean[] quoted) {
        int n = 0;
        int depth = 0;
        boolean prevCap = false;
        boolean in = false;
        int[] marks = NONE;
        int nm = 0;
        boolean verb = false; // a past verb told before: a comma then a name and its own past verb opens a clause
        for (int k = a; k < b; k++) {
            at[k - a] = n;
            if (t.isWord(k)) {
                quoted[k - a] = in;
                boolean cap = t.capitalised(k);
                verb |= !cap && Triggers.pastForm(t.lower[k]);
                if (depth == 0 && !(k > a && (inMention[k] && inMention[k - 1] || cap && prevCap))) n++;
                prevCap = cap;
                int len = t.end[k] - t.start[k];
                if ((len == 5 || len == 6 || len == 9) && relating(t.lower[k])) {
                    if (nm + 1 >= marks.length) marks = java.util.Arrays.copyOf(marks, Math.max(4, marks.length * 2));
                    marks[nm++] = k + 1;
                }
                continue;
            }
            prevCap = false;
            if (t.isNum(k)) {
                if (depth == 0) n++;
            } else {
                char c = t.text.charAt(t.start[k]);
                if (c == '\u201C' || c == '"' && !in) in = true;
                else if (c == '\u201D' || c == '"') in = false;
                else if (c == '(') depth++;
                else if (c == ')' && depth > 0) depth--;
                else if (newClause(t, k) || verb && asyndetic(t, k, b, inMention)) {
                    if (nm + 1 >= marks.length) marks = java.util.Arrays.copyOf(marks, Math.max(4, marks.length * 2));
                    marks[nm++] = -(k + 1);
                }
            }
            quoted[k - a] = in;
        }
        return marks;
    }


    /**
     * The comma closing a phrase that opens with a preposition right after the date d and its comma, before the
     * trigger at k ("On Monday, after a day of consultations with members of parliament, Mr Aoun named"), or -1.
     * For a date that opens its sentence (see {@link #opensSentence}; not "cut rates again, most recently in
     * February, after the earthquakes, when").
     */
    static int frontedAside(Tokens t, TemporalTagger.Found d, int k) {
        if (!t.is(d.to(), ',') || !ASIDE_PREPS.contains(t.w(d.to() + 1))) return -1;
        int c = t.closingComma(d.to(), 16);
        if (c < 0 || c >= k) return -1;
        for (int j = d.to() + 2; j < c; j++) if (t.isWord(j) && Triggers.pastForm(t.lower[j])) return -1; // a clause
        return c;
    }

    /**
     * Whether only dates (as {@code inDate} tells, indexed from the sentence's first token a) and words like "on",
     * "early", "earlier" stand between {@code start} (past any dateline) and token {@code from}: a date there opens the
     * sentence ("Earlier yesterday", "At 11:52 on November 1").
     */
    static boolean opensSentence(Tokens t, int a, int start, int from, boolean[] inDate) {
        for (int j = start; j < from; j++) if (!inDate[j - a] && !OPENERS.contains(t.w(j))) return false;
        return true;
    }

    private static final java.util.Set<String> OPENERS = java.util.Set.of("on", "at", "in", "by", "early", "late",
            "earlier", "later", "shortly", "just", "before", "after", "around", "about");

    private static final java.util.Set<String> ASIDE_PREPS = java.util.Set.of("after", "before", "during",
            "following", "amid", "despite");

    /** Whether a mark of the sign {@code sign} lies on a token of [from, to). */
    static boolean marked(int[] marks, int from, int to, int sign) {
        if (marks.length == 0) return false;
        for (int m : marks) {
            if (m == 0) return false;
            int k = (m > 0 ? m : -m) - 1;
            if ((m > 0) == (sign > 0) && k >= from && k < to) return true;
        }
        return false;
    }

    /** Times of day a relating word may precede without opening a clause ("just after midnight", "after lunch"). */
    static final java.util.Set<String> TIMES_OF_DAY = java.util.Set.of("midnight", "noon", "midday", "dawn",
            "dusk", "sunset", "sunrise", "daybreak", "nightfall", "lunch", "lunchtime", "breakfast", "dinner");

    /**
     * Whether a relating word in [from, to) introduces a clause or a happening ("since the commission announced",
     * "after the vote"), not a time of day ("just after midnight on Monday").
     */
    static boolean relatedBefore(Tokens t, int[] marks, int from, int to) {
        for (int m : marks) {
            if (m == 0) return false;
            int k = m - 1;
            // ("shortly after 9 a.m.": "after" or "before" right before a clock time or a day tells that time itself;
            // "the first title since 1908" still tells a span's start)
            if (m > 0 && k >= from && k < to && !TIMES_OF_DAY.contains(t.w(k + 1))
                    && !(k + 1 == to && t.isNum(to) && (t.wordIs(k, "after") || t.wordIs(k, "before")))) {
                return true;
            }
        }
        return false;
    }

    /** "after", "before", "since", "until", "following", "ahead": a date told relative to what follows. */
    private static boolean relating(String w) {
        return switch (w.length()) {
            case 5 -> w.equals("after") || w.equals("since") || w.equals("until") || w.equals("ahead")
                    || w.equals("while"); // "accepted on Wednesday while Syria fought on"
            case 6 -> w.equals("before");
            case 9 -> w.equals("following");
            default -> false;
        };
    }

    /** A clause boundary at token j: ";", or a comma before "and", "but", "while". */
    /** "England won the World Cup at Lord's, Novak Djokovic beat Roger Federer": a comma, a name, its past verb. */
    private static boolean asyndetic(Tokens t, int j, int b, boolean[] inMention) {
        if (!t.is(j, ',') || j + 2 >= b || !inMention[j + 1]) return false;
        int e = j + 1;
        while (e < b && e - j <= 5 && inMention[e]) e++;
        return e < b && t.isWord(e) && !t.capitalised(e) && Triggers.pastForm(t.lower[e]);
    }

    private static boolean newClause(Tokens t, int j) {
        return t.is(j, ';') || t.is(j, ',') && (t.wordIs(j + 1, "and") || t.wordIs(j + 1, "but") || t.wordIs(j + 1, "while"));
    }


    /** Whether date y follows x after only a comma and "on" or "in", and x's period contains y's. */
    private static boolean apposed(Tokens t, TemporalTagger.Found x, TemporalTagger.Found y) {
        int j = x.to();
        if (t.is(j, ',')) j++;
        if (t.wordIs(j, "on") || t.wordIs(j, "in")) j++;
        if (j != y.from() || j == x.to()) return false;
        TimeValue a = x.calendar().get();
        TimeValue b = y.calendar().get();
        return a.precision() != b.precision() && a.covers(b);
    }

    /**
     * "from 2009 to 2012", "between May 1 and May 5": two dates that bound one happening become one span; a date
     * told again more precisely right after ("Four years ago, on October 1, 2015") is that precise date; {@code
     * first}: the sentence's first token, before which no "from" is its own.
     */
    static List<TemporalTagger.Found> joinRanges(Tokens t, int first, List<TemporalTagger.Found> dates) {
        if (dates.size() < 2) return dates;
        List<TemporalTagger.Found> out = new ArrayList<>(dates.size());
        for (int i = 0; i < dates.size(); i++) {
            TemporalTagger.Found x = dates.get(i);
            if (i + 1 < dates.size()) {
                TemporalTagger.Found y = dates.get(i + 1);
                String pre = t.w(x.from() - 1);
                String conn = t.w(x.to());
                // (the "from" within the sentence: not a word of the sentence before, "from" then a paragraph's break)
                boolean ok = x.from() - 1 >= first && (pre.equals("from") && (conn.equals("to") || conn.equals("until")
                        || conn.equals("till") || conn.equals("through") || t.isDash(x.to()))
                        || pre.equals("between") && conn.equals("and"));
                // "Four years ago, on October 1, 2015": one day told twice, the coarser first; keep the precise one
                if (apposed(t, x, y)) {
                    out.add(y);
                    i++;
                    continue;
                }
                if (ok && y.from() == x.to() + 1) {
                    TimeValue a = x.calendar().get();
                    TimeValue b = y.calendar().get();
                    if (a.yearKnown() && b.yearKnown() && b.end().get().isAfter(a.start().get())) {
                        String v = a.start().get() + "/" + b.end().get();
                        out.add(new TemporalTagger.Found(x.from() - 1, y.to(), v, x.type(), false, false));
                        i++;
                        continue;
                    }
                }
            }
            out.add(x);
        }
        return out;
    }

    private static final Set<String> AUXILIARIES = Set.of("was", "were", "is", "are", "has", "have", "had");
    /** Words before a past form that make it a verb of its own clause or an adjective, not a reduced relative. */
    private static final Set<String> NOT_REDUCED = Set.of("was", "were", "is", "are", "be", "been", "being",
            "had", "has", "have", "to", "who", "which", "that");

    /**
     * Whether a date closes a participle's clause after a noun, right before the main verb's auxiliary ("The 82
     * schoolgirls released by Boko Haram on Saturday were received"): the date is the participle's.
     */
    static boolean reducedRelative(Tokens t, int a, TemporalTagger.Found d) {
        return reducedRelative(t, a, d.from(), d.to());
    }

    /** {@link #reducedRelative(Tokens, int, TemporalTagger.Found)} for the date's tokens [from, to). */
    static boolean reducedRelative(Tokens t, int a, int from, int to) {
        // "The novel, published in London last September, was banned": an aside set off by commas
        boolean aside = t.is(to, ',') && t.isWord(to + 1) && AUXILIARIES.contains(t.lower[to + 1]);
        if (!aside && (!t.isWord(to) || !AUXILIARIES.contains(t.lower[to]))) return false;
        for (int p = from - 1; p > a && from - p <= 8; p--) {
            if (aside) { // only the word opening the aside: its participle ("who rarely appeared" is no aside)
                if (t.is(p, ',')) return t.isWord(p + 1) && !t.capitalised(p + 1) && Triggers.pastForm(t.lower[p + 1]);
                if (t.is(p, ';')) return false;
                continue;
            }
            if (t.is(p, ',') || t.is(p, ';')) return false;
            if (t.isWord(p) && !t.capitalised(p) && Triggers.pastForm(t.lower[p]) && t.isWord(p - 1)
                    && !NOT_REDUCED.contains(t.lower[p - 1]) && !BEFORE_PARTICIPLE.contains(t.lower[p - 1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every date of a sentence names a happening by its day as a noun's modifier ("the 7 October attack",
     * "the Dec. 1 election"), so that the sentence tells no day of its own.
     */
    static boolean allAttributive(Tokens t, List<TemporalTagger.Found> dates) {
        for (TemporalTagger.Found d : dates) if (!attributive(t, d)) return false;
        return true;
    }

    /** Whether a date is a noun's modifier after "the": "the 7 October attack", "the May 2019 election". */
    static boolean attributive(Tokens t, TemporalTagger.Found d) {
        int n = d.to();
        return t.wordIs(d.from() - 1, "the") && t.isWord(n) && !t.capitalised(n) && !NOT_NOUN.contains(t.lower[n]);
    }
}
