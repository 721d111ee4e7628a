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

    public static String toText(String html) {
        String title = null;
        Matcher t = TITLE.matcher(html);
        if (t.find()) title = decodeEntities(TAG.matcher(t.group(1)).replaceAll("")).strip();
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
        if (title != null && !title.isEmpty() && !body.startsWith(title)) body = title + "\n\n" + body;
        return body + "\n";
    }

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
