package org.eventscope.extract;

import org.eventscope.model.DateSource;
import org.eventscope.model.DocumentInfo;
import org.eventscope.model.TimeValue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what an article says about itself in its first lines: the title, the publication date
 * (from a leading {@code date YYYY-MM-DD} header line, else from a dateline or byline), and the author of a byline.
 * An unknown date stays unknown; it is never guessed from the import time.
 */
public final class DocumentMetadata {

    /** How many leading lines may hold a dateline or byline. */
    private static final int HEAD_LINES = 6;
    private static final int MAX_TITLE = 140;

    private static final Pattern HEADER = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b[ \\t]*(.*)$");

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final String MONTH =
            "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?";

    /** 25th January, 2021 / 19 April 2017 / 12 Feb, 2010 */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})(?:\\b|(?=\\d{1,2}\\s+" + MONTH + "))",
            Pattern.CASE_INSENSITIVE);
    /** January 25, 2021 */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    /** 28/12/2023, 28.12.2023, 2023-12-28 */
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b");
    /** 2023-12-28, also as a timestamp's date ("2023-12-28T10:02:00Z", as pages give it) */
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(?=T\\d|\\b)");
    /** MOSCOW, October 2. /TASS/ — day and month only. */
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'-]{1,40},\\s+" + MONTH + "\\s+(\\d{1,2})\\b", Pattern.CASE_INSENSITIVE);
    /** A line that is a dateline or byline rather than prose: short, or with a date and a time or agency marks. */
    private static final Pattern TIME_OF_DAY = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");
    private static final Pattern BYLINE_AUTHOR = Pattern.compile(
            "^(?:By\\s+)?(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\.?)?(?:\\s+\\p{Lu}\\p{Ll}+){1,2})\\s+(?:\\d+\\s+(?:seconds?|minutes?|hours?|days?)\\s+ago\\b|\\|)");
    /** One name of a byline: "Duncan Miriri", "Mary K. Smith". */
    private static final String BYLINE_NAME = "\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\.)?(?:\\s+\\p{Lu}\\p{Ll}+){1,2}";
    /**
     * A byline of one author or several: "By Duncan Miriri", "By Duncan Miriri and George Obulutsa", "Written by Paul
     * Kirby", "By Paul Kirby in Kyiv", "By Paul Kirby, BBC News".
     */
    private static final Pattern BY_AUTHOR = Pattern.compile("^(?:By|Written by)\\s+(" + BYLINE_NAME
            + "(?:(?:,\\s*|,?\\s+(?:and|&)\\s+)" + BYLINE_NAME + ")*)"
            // ... where they write from and for whom: "By Paul Kirby in Kyiv", "By Paul Kirby, BBC News"
            + "(?:\\s+in\\s+\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,2})?"
            + "(?:\\s*[,|\u2013\u2014]\\s*[^.,|]{1,50})?\\s*$");
    /** A byline in capitals, as some agencies set it: "BY MARI YAMAGUCHI", "BY JOSH BOAK AND FATIMA HUSSEIN". */
    private static final String CAPS_NAME = "\\p{Lu}[\\p{Lu}'\u2019-]+(?:\\s+\\p{Lu}[\\p{Lu}'\u2019.-]*){1,3}";
    private static final Pattern BY_CAPS = Pattern.compile("^BY\\s+(" + CAPS_NAME + "(?:(?:,\\s*|,?\\s+AND\\s+)"
            + CAPS_NAME + ")*)\\s*$");
    /**
     * The credits closing a wire story: "Reporting by Duncan Miriri; Editing by Alex Richardson", "Associated Press
     * writer Babacar Dione in Dakar contributed to this report".
     */
    private static final Pattern WIRE_CREDITS = Pattern.compile(
            "^(?:(?:additional\\s+)?reporting|writing|editing|edited|compiled|translated)\\s+by\\s+\\p{Lu}"
                    + "|^.{0,120}\\bcontributed\\s+(?:to\\s+this\\s+report|reporting)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A picture's caption, which tells when the picture was taken, not when the article was: "FILE - Faye speaks in
     * Dakar, Monday, March 25, 2024. (AP Photo/Mosa'ab Elshamy, File)".
     */
    private static final Pattern CAPTION_LINE = Pattern.compile(
            "^FILE\\s*[-\u2013\u2014]|\\((?:AP|AFP|Reuters|EPA)?\\s*Photo\\s*/", Pattern.CASE_INSENSITIVE);
    /** A dateline opening the first paragraph: "MOSCOW (Agency - 25th January, 2021)" or "MOSCOW, October 2. /TASS/". */
    private static final Pattern LEADING_DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'-]{1,40}(?:\\s*\\([^)]{0,120}\\)|,\\s*[^.]{0,40}\\.\\s*/[^/]{1,20}/)\\s*(?:[-\u2013\u2014]+\\s*)?");
    private static final Pattern CAPS_DATELINE = Pattern.compile("\\p{Lu}{2,}[\\p{Lu} .'-]{0,30},\\s");
    /** A label naming the line a field of the page: "Title: …", "Headline: …". */
    private static final Pattern TITLE_LABEL = Pattern.compile("^(?:title|headline)\\s*:\\s*", Pattern.CASE_INSENSITIVE);
    /** A line telling when the page was published or changed: "Published: …", "Posted on …", "Last updated …". */
    private static final Pattern STAMP_LINE = Pattern.compile(
            "^(?:(?:first\\s+|originally\\s+)?published|posted|(?:last\\s+)?updated|modified|dated?)\\b\\s*(?::|on\\b|at\\b|\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SITE_NAME = Pattern.compile("^[\\w.-]+\\.(?:com|org|net|info|ge|ru|uk|io|news)$|^\\S+$");

    private DocumentMetadata() {
    }

    /** Reads title, publication date and author from the start of a document. */
    public static DocumentInfo read(String text, String fileName) {
        String[] lines = text.split("\\R", -1);
        TimeValue published = null;
        DateSource from = DateSource.UNKNOWN;
        String author = null;
        String title = null;
        int seen = 0;
        for (int i = 0; i < lines.length && seen < HEAD_LINES + 1; i++) {
            String raw = lines[i].replace("\uFEFF", "");
            String line = raw.strip();
            if (line.isEmpty()) continue;
            seen++;
            Matcher h = HEADER.matcher(raw);
            if (seen == 1 && h.matches()) {
                published = parseIso(h.group(1)).orElse(null);
                from = published == null ? DateSource.UNKNOWN : DateSource.HEADER;
                line = h.group(2).strip();
                if (line.isEmpty() || SITE_NAME.matcher(line).matches()) continue;
            }
            boolean dateline = false;
            if (seen <= HEAD_LINES && !caption(line)) {
                Optional<TimeValue> d = datelineDate(datelinePart(line));
                if (d.isPresent()) {
                    dateline = isDatelineLine(line);
                    if (published == null) {
                        published = d.get();
                        from = DateSource.DATELINE;
                    }
                }
                if (author == null) {
                    Matcher a = BYLINE_AUTHOR.matcher(line);
                    Matcher b = BY_AUTHOR.matcher(line);
                    if (a.find()) {
                        author = a.group(1);
                        dateline = true;
                    } else if (b.matches()) {
                        author = b.group(1);
                        dateline = true;
                    } else {
                        Matcher c = BY_CAPS.matcher(line);
                        if (c.matches()) {
                            author = titleCase(c.group(1));
                            dateline = true;
                        }
                    }
                }
            }
            if (title == null && !dateline) {
                title = titleFrom(line);
            }
            if (title != null && published != null && (author != null || seen >= HEAD_LINES)) break;
        }
        if (title == null || title.isBlank()) title = fileName;
        return new DocumentInfo(fileName, title, published, from, author);
    }

    /**
     * The part of a line that may carry a dateline date: a short line whole, else only a leading dateline
     * ("MOSCOW (Agency - 25th January, 2021)"), so a date told in the first paragraph's prose is not taken
     * for the publication date.
     */
    private static String datelinePart(String line) {
        boolean prose = line.length() > 60 && (line.endsWith(".") || line.endsWith("\u201D") || line.endsWith("\""))
                && line.split(" ").length >= 8 && !TIME_OF_DAY.matcher(line).find();
        if (line.length() <= 120 && !prose) return line;
        Matcher m = LEADING_DATELINE.matcher(line);
        if (m.lookingAt()) return line.substring(0, m.end());
        // "BEIRUT, Feb 3 (AFP) - ...": a place in capitals, a comma, then the date
        return CAPS_DATELINE.matcher(line).lookingAt() ? line.substring(0, 60) : "";
    }

    private static boolean isDatelineLine(String line) {
        return line.length() <= 80 || TIME_OF_DAY.matcher(line).find() && line.length() <= 120;
    }

    /**
     * The lines of a text that are the page's rather than the article's, as spans {@code [start, end)}, found in one
     * pass: {@code stamps} tell no happening (a publication or update stamp or a byline among the leading lines,
     * "Published: 2023-03-01 14:02 GMT", "Posted on 03/07/2021 by staff"; further down a related story's stamp,
     * a credit, a caption or a link, see {@link #furniture}); {@code credits} name no participant (see
     * {@link #credit}).
     */
    record PageLines(java.util.List<int[]> stamps, java.util.List<int[]> credits) {
    }

    /** The page's lines of a text (see {@link PageLines}). */
    static PageLines pageLines(String text) {
        java.util.List<int[]> stamps = new java.util.ArrayList<>(2);
        java.util.List<int[]> credits = new java.util.ArrayList<>(0);
        int[] marks = furnitureMarks(text);
        int seen = 0;
        for (int from = 0; from < text.length(); ) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl;
            boolean quick = mayBeFurniture(text, from, to, marks);
            if (seen <= HEAD_LINES) {
                boolean blank = true;
                for (int k = from; k < to && blank; k++) blank = Character.isWhitespace(text.charAt(k));
                if (!blank) {
                    seen++;
                    String line = to - from > 200 ? "" : text.substring(from, to).replace("\uFEFF", "").strip();
                    if (!line.isEmpty() && line.length() <= 160 && maybeStamp(line)
                            && (STAMP_LINE.matcher(line).lookingAt() || BY_AUTHOR.matcher(line).matches()
                            || BY_CAPS.matcher(line).matches() || BYLINE_AUTHOR.matcher(line).find())
                            || quick && furniture(line)) {
                        stamps.add(new int[]{from, to});
                    }
                }
            } else if (to - from <= 160 && quick && furniture(text.substring(from, to).strip())) {
                // further down, the page's furniture: a related story's stamp ("Published 8 August 2008"), credits
                stamps.add(new int[]{from, to});
            }
            if (to - from <= 400 && quick && credit(text.substring(from, to).strip())) credits.add(new int[]{from, to});
            from = to + 1;
        }
        return new PageLines(stamps, credits);
    }

    /**
     * A quick look before the patterns: whether the line [from, to) opens with a word a stamp, credit, caption or
     * link opens with, or holds a wire's "contributed" or a photographer's "Photo/" (most lines of an article do
     * neither, and are passed over without a pattern).
     */
    private static boolean mayBeFurniture(String text, int from, int to, int[] marks) {
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        if (from >= to) return false;
        // the line's first word, lower case, looked up once
        int e = from;
        while (e < to && e - from < 12 && Character.isLetter(text.charAt(e))) e++;
        if (e > from && e - from < 12 && FURNITURE_OPENERS.contains(text.substring(from, e).toLowerCase(Locale.ROOT))) {
            return true;
        }
        int i = java.util.Arrays.binarySearch(marks, from);
        if (i < 0) i = -i - 1;
        return i < marks.length && marks[i] < to;
    }

    /** Where the text says "contributed" or "Photo", in order: found once, looked up by line. */
    private static int[] furnitureMarks(String text) {
        int[] out = new int[0];
        int n = 0;
        for (String w : new String[] {"contributed", "Photo"}) {
            for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length())) {
                if (n == out.length) out = java.util.Arrays.copyOf(out, Math.max(4, n * 2));
                out[n++] = at;
            }
        }
        out = java.util.Arrays.copyOf(out, n);
        java.util.Arrays.sort(out);
        return out;
    }

    /** The words a line of the page's furniture opens with (see {@link #furniture} and {@link #credit}). */
    private static final java.util.Set<String> FURNITURE_OPENERS = java.util.Set.of("image", "photo", "photograph",
            "picture", "video", "credit", "credits", "reporting", "additional", "writing", "editing", "edited",
            "compiled", "translated", "by", "written", "file", "related", "read", "see", "also", "more", "watch",
            "first", "originally", "published", "posted", "last", "updated", "modified", "date", "dated");

    /**
     * Whether a line is the page's, not the article's: a stamp that is a date alone ("Published 8 August 2008",
     * "Updated: 14:02 GMT, 5 March 2024"), a picture's credit or caption ("Image source, Getty Images", "Photo:
     * Reuters"), a story's credits, or a link to another story ("Related: ...", "Read more: ...").
     */
    private static boolean furniture(String line) {
        if (line.isEmpty()) return false;
        if (creditOrCaption(line) || LINK_LINE.matcher(line).lookingAt()) return true;
        return line.length() <= 60 && !line.endsWith(".") && maybeStamp(line) && STAMP_LINE.matcher(line).lookingAt()
                && datelineDate(line).isPresent();
    }

    /**
     * Whether a line credits a picture or the story, or captions a file picture ("Image source, Getty Images", "By
     * Duncan Miriri and George Obulutsa", "Reporting by Duncan Miriri; Editing by Alex Richardson"): its names are no
     * participants.
     */
    private static boolean credit(String line) {
        return !line.isEmpty() && (creditOrCaption(line) || BY_AUTHOR.matcher(line).matches()
                || BY_CAPS.matcher(line).matches());
    }

    /** A picture's or a wire story's credit line, or a file picture's caption. */
    private static boolean creditOrCaption(String line) {
        return CREDIT_LINE.matcher(line).lookingAt() || WIRE_CREDITS.matcher(line).lookingAt() || caption(line);
    }

    /** A link to another story set in the text: "Related: Sri Lanka's president flees", "Read more: ...". */
    private static final Pattern LINK_LINE = Pattern.compile(
            "^(?:related|read\\s+more|see\\s+also|also\\s+read|more\\s+on\\s+this\\s+story|watch)\\s*:\\s*\\S",
            Pattern.CASE_INSENSITIVE);

    /** Whether a line is a picture's caption ({@link #CAPTION_LINE}), with a quick look before the pattern. */
    private static boolean caption(String line) {
        return (line.regionMatches(true, 0, "FILE", 0, 4) || line.contains("Photo") || line.contains("PHOTO")
                || line.contains("photo")) && CAPTION_LINE.matcher(line).find();
    }

    /** A picture's credit line: "Image source, Getty Images", "Photo: Reuters", "Picture credit: AFP". */
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "^(?:(?:image|photo|photograph|picture|video)(?:\\s+(?:source|credit))?|credit)\\s*[,:]\\s*\\S",
            Pattern.CASE_INSENSITIVE);

    /**
     * False for a line that none of the stamp and byline patterns can match (they are tried only on the rest): a
     * stamp opens with one of its words, a byline with a capital and has "ago" or "|" unless it is
     * "By" and a name alone.
     */
    private static boolean maybeStamp(String line) {
        if (line.startsWith("By") || line.startsWith("BY ") || line.startsWith("Written by")) return true;
        for (String w : STAMP_WORDS) if (line.regionMatches(true, 0, w, 0, w.length())) return true;
        return Character.getType(line.codePointAt(0)) == Character.UPPERCASE_LETTER
                && (line.contains("ago") || line.indexOf('|') >= 0);
    }

    /** The words a {@link #STAMP_LINE} can open with. */
    private static final String[] STAMP_WORDS = {"first", "originally", "published", "posted", "last", "updated",
        "modified", "date"};

    /** "MARI YAMAGUCHI AND JOSH BOAK" as "Mari Yamaguchi and Josh Boak". */
    private static String titleCase(String caps) {
        StringBuilder out = new StringBuilder(caps.length());
        boolean start = true;
        for (int i = 0; i < caps.length(); i++) {
            char c = caps.charAt(i);
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'' && c != '\u2019';
        }
        return out.toString().replace(" And ", " and ");
    }

    private static String titleFrom(String line) {
        String t = LEADING_DATELINE.matcher(TITLE_LABEL.matcher(line).replaceFirst("")).replaceFirst("");
        if (t.length() > MAX_TITLE) {
            int end = firstSentenceEnd(t);
            if (end > 0 && end <= MAX_TITLE) {
                t = t.substring(0, end);
            } else {
                int cut = t.lastIndexOf(' ', MAX_TITLE - 1);
                t = t.substring(0, cut > 40 ? cut : MAX_TITLE - 1) + "…";
            }
        }
        return t.strip();
    }

    private static int firstSentenceEnd(String t) {
        for (int i = 20; i < t.length() - 1; i++) {
            char c = t.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(t.charAt(i + 1))
                    && Character.isLowerCase(t.charAt(i - 1))) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The first full or partial date a dateline or byline line carries, if any. */
    static Optional<TimeValue> datelineDate(String line) {
        Matcher m = DAY_MONTH_YEAR.matcher(line);
        if (m.find()) return day(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        m = MONTH_DAY_YEAR.matcher(line);
        if (m.find()) return day(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        m = ISO.matcher(line);
        if (m.find() && line.length() <= 120) return parseIso(m.group());
        m = NUMERIC.matcher(line);
        if (m.find() && line.length() <= 120) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int y = Integer.parseInt(m.group(3));
            // Day first, as most of the world writes it, unless only month-first makes sense.
            if (b > 12 && a <= 12) return day(y, a, b);
            return day(y, b, a);
        }
        m = AGENCY_DATELINE.matcher(line);
        if (m.find()) {
            int mo = month(m.group(1));
            int d = Integer.parseInt(m.group(2));
            if (d >= 1 && d <= 31) return Optional.of(new TimeValue.YearUnknown(mo, d));
        }
        return Optional.empty();
    }

    static int month(String name) {
        String k = name.toLowerCase(Locale.ROOT).replace(".", "");
        Integer m = MONTHS.get(k.length() > 4 ? k.substring(0, 3) : k);
        if (m == null) m = MONTHS.get(k.substring(0, Math.min(3, k.length())));
        return m;
    }

    private static Optional<TimeValue> day(int y, int m, int d) {
        try {
            return Optional.of(new TimeValue.Day(LocalDate.of(y, m, d)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<TimeValue> parseIso(String s) {
        return TimeValue.parse(s).filter(TimeValue::isDay);
    }
}
