package org.eventscope.extract;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A small reader for the MEANTIME corpus's token XML: the text (tokens joined by spaces, one sentence a line),
 * the creation time, the gold TIMEX3 spans and values, and the gold spans of named people.
 */
final class Meantime {
    record Span(int start, int end, String value, String type) {
        boolean overlaps(int s, int e) {
            return s < end && start < e;
        }
    }

    /** {@code annotated} is where the annotation ends: MEANTIME marks up only an article's first sentences. */
    record Doc(String name, String text, LocalDate dct, List<Span> timex, List<Span> people, List<Span> anyPerson,
               List<Span> entities, int annotated) {
    }

    private Meantime() {
    }

    /** The corpus folder: ../shared/corpora/meantime beside the project. Fails (never skips) when absent. */
    static Path root() {
        Path p = Path.of(System.getProperty("user.dir")).resolve("../shared/corpora/meantime").normalize();
        if (!Files.isDirectory(p)) {
            throw new AssertionError("MEANTIME corpus not found at " + p
                    + ": the regression test needs ../shared/corpora/meantime beside the project");
        }
        return p;
    }

    static List<Doc> load() throws Exception {
        List<Doc> out = new ArrayList<>();
        for (Path f : files()) out.add(read(f));
        return out;
    }

    private static List<Path> files() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(root())) {
            files = s.filter(f -> f.toString().endsWith(".xml") && f.getParent().getFileName().toString()
                    .startsWith("corpus_")).sorted().toList();
        }
        if (files.isEmpty()) throw new AssertionError("no MEANTIME corpus_*/*.xml files under " + root());
        return files;
    }

    /** An article with its gold event mentions; {@code corpus} is the folder whose articles share instances. */
    record Article(Doc doc, String corpus, List<MeantimeEventGold.Mention> events) {
    }

    /** Every article with its gold events, in corpus order. */
    static List<Article> articles() throws Exception {
        List<Article> out = new ArrayList<>();
        for (Path f : files()) {
            Element root = xml(f);
            Doc d = read(f, root);
            out.add(new Article(d, f.getParent().getFileName().toString(),
                    MeantimeEventGold.mentions(root, d.text(), tokens(root).at())));
        }
        return out;
    }

    static Doc read(Path f) throws Exception {
        return read(f, xml(f));
    }

    static Element xml(Path f) throws Exception {
        var dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        try (var in = Files.newInputStream(f)) {
            return dbf.newDocumentBuilder().parse(in).getDocumentElement();
        } catch (IOException e) {
            throw new AssertionError("cannot read " + f, e);
        }
    }

    /** The text (tokens joined by spaces, one sentence a line) and each token id's [start, end) in it. */
    record TokenText(String text, Map<String, int[]> at) {
    }

    static TokenText tokens(Element root) {
        StringBuilder text = new StringBuilder();
        Map<String, int[]> at = new HashMap<>();
        NodeList tokens = root.getElementsByTagName("token");
        String sentence = null;
        for (int i = 0; i < tokens.getLength(); i++) {
            Element t = (Element) tokens.item(i);
            String s = t.getAttribute("sentence");
            if (sentence != null) text.append(s.equals(sentence) ? " " : "\n");
            sentence = s;
            int start = text.length();
            text.append(t.getTextContent());
            at.put(t.getAttribute("t_id"), new int[]{start, text.length()});
        }
        return new TokenText(text.toString(), at);
    }

    private static Doc read(Path f, Element root) {
        TokenText tt = tokens(root);
        String text = tt.text();
        Map<String, int[]> at = tt.at();
        LocalDate dct = null;
        List<Span> timex = new ArrayList<>();
        NodeList tx = root.getElementsByTagName("TIMEX3");
        for (int i = 0; i < tx.getLength(); i++) {
            Element e = (Element) tx.item(i);
            if ("CREATION_TIME".equals(e.getAttribute("functionInDocument"))) {
                dct = LocalDate.parse(e.getAttribute("value").substring(0, 10));
            }
            int[] span = span(e, at);
            if (span != null) timex.add(new Span(span[0], span[1], e.getAttribute("value"), e.getAttribute("type")));
        }
        Set<String> personIds = new HashSet<>();
        Map<String, String> typeOf = new HashMap<>();
        NodeList ents = root.getElementsByTagName("ENTITY");
        for (int i = 0; i < ents.getLength(); i++) {
            Element e = (Element) ents.item(i);
            typeOf.put(e.getAttribute("m_id"), e.getAttribute("ent_type"));
            if ("PER".equals(e.getAttribute("ent_type"))) personIds.add(e.getAttribute("m_id"));
        }
        Map<String, String> mentionType = new HashMap<>();
        Set<String> personMentions = new HashSet<>();
        NodeList refs = root.getElementsByTagName("REFERS_TO");
        for (int i = 0; i < refs.getLength(); i++) {
            Element r = (Element) refs.item(i);
            Element src = (Element) r.getElementsByTagName("source").item(0);
            Element tgt = (Element) r.getElementsByTagName("target").item(0);
            if (src != null && tgt != null && typeOf.containsKey(tgt.getAttribute("m_id"))) {
                mentionType.put(src.getAttribute("m_id"), typeOf.get(tgt.getAttribute("m_id")));
            }
            if (src != null && tgt != null && personIds.contains(tgt.getAttribute("m_id"))) {
                personMentions.add(src.getAttribute("m_id"));
            }
        }
        List<Span> people = new ArrayList<>();
        List<Span> anyPerson = new ArrayList<>();
        List<Span> entities = new ArrayList<>();
        NodeList ms = root.getElementsByTagName("ENTITY_MENTION");
        for (int i = 0; i < ms.getLength(); i++) {
            Element m = (Element) ms.item(i);
            String ty = mentionType.get(m.getAttribute("m_id"));
            int[] sp = span(m, at);
            if (ty != null && sp != null) entities.add(new Span(sp[0], sp[1], null, ty));
            if (!personMentions.contains(m.getAttribute("m_id"))) continue;
            int[] span = span(m, at);
            if (span == null) continue;
            Span s = new Span(span[0], span[1], null, m.getAttribute("syntactic_type"));
            anyPerson.add(s);
            String st = m.getAttribute("syntactic_type");
            String surface = text.substring(span[0], span[1]);
            boolean nameLike = surface.matches("(\\p{Lu}[\\p{L}.'-]*)( \\p{Lu}[\\p{L}.'-]*)*");
            if (st.equals("NAM") || st.equals("PRE.NAM") || st.isEmpty() && nameLike) people.add(s);
        }
        int annotated = 0;
        NodeList anchors = root.getElementsByTagName("token_anchor");
        for (int i = 0; i < anchors.getLength(); i++) {
            int[] p = at.get(((Element) anchors.item(i)).getAttribute("t_id"));
            if (p != null) annotated = Math.max(annotated, p[1]);
        }
        int nl = text.indexOf("\n", annotated);
        annotated = nl < 0 ? text.length() : nl;
        return new Doc(f.getFileName().toString(), text, dct, timex, people, anyPerson, entities, annotated);
    }

    static int[] span(Element e, Map<String, int[]> at) {
        NodeList anchors = e.getElementsByTagName("token_anchor");
        int s = Integer.MAX_VALUE;
        int end = -1;
        for (int i = 0; i < anchors.getLength(); i++) {
            int[] p = at.get(((Element) anchors.item(i)).getAttribute("t_id"));
            if (p == null) continue;
            s = Math.min(s, p[0]);
            end = Math.max(end, p[1]);
        }
        return end < 0 ? null : new int[]{s, end};
    }
}
