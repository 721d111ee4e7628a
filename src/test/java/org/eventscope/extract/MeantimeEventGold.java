package org.eventscope.extract;

import org.eventscope.model.TimeValue;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MEANTIME's event layer, read from one article's XML: EVENT_MENTION spans, the cross-document instance each
 * refers to (REFERS_TO an EVENT with an {@code instance_id}), the dates a TLINK puts it in, and the named
 * entities HAS_PARTICIPANT gives it.
 */
final class MeantimeEventGold {
    /** TLINK relations that date an event by a timex: the event happens within, at or over it. */
    private static final Set<String> DATING = Set.of("IS_INCLUDED", "INCLUDES", "SIMULTANEOUS", "DURING", "IDENTITY");
    /** Entity types that can be an event's participant in our model (people, organisations, places, markets). */
    private static final Set<String> ACTOR_TYPES = Set.of("PER", "ORG", "LOC", "FIN");

    /** A participant: the entity mention's span and type, and every name its entity goes by in the article. */
    record Participant(int start, int end, String type, Set<String> names) {
    }

    /**
     * A gold event mention: its span, its line (sentence index; line 0 is the headline), its predicate, its
     * cross-document instance (null when only annotated in the document), the in-text DATE/TIME timexes a dating
     * TLINK ties it to (not the creation time), and its named participants.
     */
    record Mention(String id, int start, int end, int line, String pred, String instance,
                   List<Meantime.Span> dates, List<Participant> participants) {
    }

    private MeantimeEventGold() {
    }

    static List<Mention> mentions(Element root, String text, Map<String, int[]> at) {
        Map<String, String> entityType = new HashMap<>();
        Map<String, String> entityName = new HashMap<>();
        Map<String, String> eventInstance = new HashMap<>();
        for (Element e : elements(root, "ENTITY")) {
            entityType.put(e.getAttribute("m_id"), e.getAttribute("ent_type"));
            entityName.put(e.getAttribute("m_id"), e.getAttribute("TAG_DESCRIPTOR"));
        }
        for (Element e : elements(root, "EVENT")) {
            String inst = e.getAttribute("instance_id");
            if (!inst.isEmpty()) eventInstance.put(e.getAttribute("m_id"), inst);
        }
        Map<String, String> refers = new HashMap<>();
        for (Element r : elements(root, "REFERS_TO")) {
            Element tgt = (Element) r.getElementsByTagName("target").item(0);
            if (tgt == null) continue;
            NodeList src = r.getElementsByTagName("source");
            for (int i = 0; i < src.getLength(); i++) {
                refers.put(((Element) src.item(i)).getAttribute("m_id"), tgt.getAttribute("m_id"));
            }
        }
        Map<String, int[]> entitySpan = spans(root, "ENTITY_MENTION", at);
        Map<String, Set<String>> names = new HashMap<>();
        for (Map.Entry<String, int[]> m : entitySpan.entrySet()) {
            String ent = refers.get(m.getKey());
            if (ent == null || !entityType.containsKey(ent)) continue;
            Set<String> n = names.computeIfAbsent(ent, k -> new LinkedHashSet<>(List.of(entityName.get(k))));
            n.add(text.substring(m.getValue()[0], m.getValue()[1]));
        }
        Map<String, Meantime.Span> timex = new HashMap<>();
        for (Element e : elements(root, "TIMEX3")) {
            int[] sp = Meantime.span(e, at);
            String type = e.getAttribute("type");
            if (sp == null || "CREATION_TIME".equals(e.getAttribute("functionInDocument"))) continue;
            if (!type.equals("DATE") && !type.equals("TIME")) continue;
            String v = e.getAttribute("value");
            if (TimeValue.parse(v).isEmpty()) continue;
            timex.put(e.getAttribute("m_id"), new Meantime.Span(sp[0], sp[1], v, type));
        }
        Map<String, List<Meantime.Span>> dates = new HashMap<>();
        for (Element l : elements(root, "TLINK")) {
            if (!DATING.contains(l.getAttribute("reltype"))) continue;
            String s = end(l, "source");
            String t = end(l, "target");
            if (timex.containsKey(t)) dates.computeIfAbsent(s, k -> new ArrayList<>()).add(timex.get(t));
            else if (timex.containsKey(s)) dates.computeIfAbsent(t, k -> new ArrayList<>()).add(timex.get(s));
        }
        Map<String, List<Participant>> parts = new HashMap<>();
        for (Element l : elements(root, "HAS_PARTICIPANT")) {
            String ev = end(l, "source");
            String m = end(l, "target");
            String ent = refers.get(m);
            int[] sp = entitySpan.get(m);
            if (ent == null || sp == null || !ACTOR_TYPES.contains(entityType.get(ent))) continue;
            parts.computeIfAbsent(ev, k -> new ArrayList<>())
                    .add(new Participant(sp[0], sp[1], entityType.get(ent), names.get(ent)));
        }
        List<Mention> out = new ArrayList<>();
        for (Map.Entry<String, int[]> e : spans(root, "EVENT_MENTION", at).entrySet()) {
            String id = e.getKey();
            int[] sp = e.getValue();
            int line = 0;
            for (int i = 0; i < sp[0]; i++) if (text.charAt(i) == '\n') line++;
            String ev = refers.get(id);
            out.add(new Mention(id, sp[0], sp[1], line, text.substring(sp[0], sp[1]),
                    ev == null ? null : eventInstance.get(ev), dates.getOrDefault(id, List.of()),
                    parts.getOrDefault(id, List.of())));
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    private static Map<String, int[]> spans(Element root, String tag, Map<String, int[]> at) {
        Map<String, int[]> out = new HashMap<>();
        for (Element e : elements(root, tag)) {
            int[] sp = Meantime.span(e, at);
            if (sp != null) out.put(e.getAttribute("m_id"), sp);
        }
        return out;
    }

    private static String end(Element link, String which) {
        Element e = (Element) link.getElementsByTagName(which).item(0);
        return e == null ? "" : e.getAttribute("m_id");
    }

    private static List<Element> elements(Element root, String tag) {
        NodeList l = root.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>(l.getLength());
        for (int i = 0; i < l.getLength(); i++) out.add((Element) l.item(i));
        return out;
    }
}
