package org.eventscope.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readable text of an HTML page: scripts, styles and markup removed, block elements as line breaks,
 * entities decoded. Nothing is fetched: no remote resource is ever loaded.
 */
public final class HtmlText {
    private static final Pattern DROP = Pattern.compile(
            "(?is)<(script|style|noscript|template|svg|head)\\b[^>]*>.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern TITLE = Pattern.compile("(?is)<title\\b[^>]*>(.*?)</title\\s*>");
    private static final Pattern BLOCK = Pattern.compile(
            "(?i)</?(p|div|br|h[1-6]|li|tr|article|section|header|footer|blockquote|pre|table|ul|ol|dd|dt|time)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]{0,10000}>");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
            Map.entry("hellip", "…"), Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("copy", "©"));

    private HtmlText() {
    }

    /** A meta tag of the head, whose attributes name and give a property of the page. */
    private static final Pattern META = Pattern.compile("(?is)<meta\\b([^>]{0,2000})>");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "(?is)([a-z:_.-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");
    /** "datePublished": "2024-03-05T10:02:00Z" in a page's structured data. */
    private static final Pattern LD_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2}[^\"]{0,40})\"");
    /** The meta properties that tell when the article was published, most telling first. */
    private static final java.util.List<String> PUBLISHED_META = java.util.List.of("article:published_time",
            "og:article:published_time", "datepublished", "pubdate", "publishdate", "publish-date", "dc.date.issued",
            "dcterms.issued", "dc.date", "date", "parsely-pub-date", "sailthru.date");

    public static String toText(String html) {
        String title = null;
        Matcher t = TITLE.matcher(html);
        if (t.find()) title = decodeEntities(TAG.matcher(t.group(1)).replaceAll("")).strip();
        String published = published(html);
        String s = DROP.matcher(html).replaceAll(" ");
        s = BLOCK.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        s = decodeEntities(s);
        StringBuilder out = new StringBuilder();
        for (String line : s.split("\n")) {
            String l = line.replaceAll("[ \\t\\x0B\\f\\r]+", " ").strip();
            if (l.isEmpty()) {
                if (out.length() > 0 && !out.toString().endsWith("\n\n")) out.append('\n');
                continue;
            }
            out.append(l).append('\n');
        }
        String body = out.toString().strip();
        // the page's own publication stamp, which the head holds and the text may not show
        if (published != null) body = "Published: " + published + "\n\n" + body;
        if (title != null && !title.isEmpty() && !body.startsWith(title)) body = title + "\n\n" + body;
        return body + "\n";
    }

    /**
     * When the page says its article was published: the head's meta properties ({@code article:published_time},
     * {@code datePublished}, {@code pubdate} ...) or its structured data's {@code "datePublished"}, as an ISO date
     * or timestamp; null when it says nothing.
     */
    static String published(String html) {
        java.util.Map<String, String> found = new java.util.HashMap<>();
        Matcher m = META.matcher(html);
        while (m.find()) {
            String name = null;
            String content = null;
            Matcher a = ATTRIBUTE.matcher(m.group(1));
            while (a.find()) {
                String key = a.group(1).toLowerCase(Locale.ROOT);
                String value = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4);
                if (key.equals("property") || key.equals("name") || key.equals("itemprop")) {
                    name = value.toLowerCase(Locale.ROOT).strip();
                } else if (key.equals("content")) {
                    content = value.strip();
                }
            }
            if (name != null && content != null && ISO_START.matcher(content).lookingAt()) found.putIfAbsent(name, content);
        }
        for (String key : PUBLISHED_META) if (found.containsKey(key)) return found.get(key);
        Matcher ld = LD_PUBLISHED.matcher(html);
        return ld.find() ? ld.group(1) : null;
    }

    private static final Pattern ISO_START = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}|$|[^\\d])");

    static String decodeEntities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r;
            try {
                if (e.startsWith("#x") || e.startsWith("#X")) r = new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
                else if (e.startsWith("#")) r = new String(Character.toChars(Integer.parseInt(e.substring(1))));
                else r = NAMED.getOrDefault(e.toLowerCase(Locale.ROOT), m.group());
            } catch (IllegalArgumentException ex) {
                r = m.group();
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
