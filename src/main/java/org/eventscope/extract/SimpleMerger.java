package org.eventscope.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The strict merger: events of the same kind and the same date value with a shared participant are one. */
final class SimpleMerger implements EventMerger {
    @Override
    public List<MergedEvent> merge(List<SourcedEvent> events) {
        List<List<SourcedEvent>> groups = new ArrayList<>();
        outer:
        for (SourcedEvent e : events) {
            for (List<SourcedEvent> g : groups) {
                SourcedEvent f = g.get(0);
                if (f.event().kind() == e.event().kind()
                        && f.event().when().timeml().equals(e.event().when().timeml())
                        && f.documentId() != e.documentId()
                        && !java.util.Collections.disjoint(f.event().participants(), e.event().participants())) {
                    g.add(e);
                    continue outer;
                }
            }
            List<SourcedEvent> g = new ArrayList<>();
            g.add(e);
            groups.add(g);
        }
        List<MergedEvent> out = new ArrayList<>();
        for (List<SourcedEvent> g : groups) {
            var first = g.get(0).event();
            Set<String> people = new LinkedHashSet<>();
            double conf = 0;
            for (SourcedEvent s : g) {
                people.addAll(s.event().participants());
                conf = Math.max(conf, s.event().confidence());
            }
            out.add(new MergedEvent(first.kind(), first.title(), first.when(), conf, false, new ArrayList<>(people), g));
        }
        return out;
    }
}
