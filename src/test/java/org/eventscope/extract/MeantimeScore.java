package org.eventscope.extract;

import org.eventscope.model.Analysis;
import org.eventscope.model.DateSource;
import org.eventscope.model.DocumentInfo;
import org.eventscope.model.EntityMention;
import org.eventscope.model.ParticipantKind;
import org.eventscope.model.TimeValue;
import org.eventscope.model.Timex;

import java.util.List;

/** Scores the extractor on MEANTIME: timex recall, precision and value accuracy; named-person recall and precision. */
final class MeantimeScore {
    int goldTimex;
    int foundTimex;
    int predictedTimex;
    int correctPredicted;
    int valueRight;
    int goldPeople;
    int foundPeople;
    int predictedPeople;
    int rightPeople;
    final StringBuilder misses = new StringBuilder();

    static MeantimeScore of(List<Meantime.Doc> docs, boolean log) {
        MeantimeScore s = new MeantimeScore();
        NewsExtractor x = new NewsExtractor(); // the standard extractor; a rule's fault stops the score
        for (Meantime.Doc d : docs) {
            TimeValue dct = d.dct() == null ? datelineDay(d.text()) : new TimeValue.Day(d.dct());
            DocumentInfo info = new DocumentInfo(d.name(), d.name(), dct, DateSource.HEADER, null);
            Analysis a = x.analyzeOrThrow(d.text(), info);
            for (Meantime.Span g : d.timex()) {
                s.goldTimex++;
                Timex hit = null;
                for (Timex t : a.timex()) if (g.overlaps(t.offset(), t.end())) {
                    hit = t;
                    break;
                }
                if (hit != null) {
                    s.foundTimex++;
                    if (hit.value().equals(g.value())) s.valueRight++;
                    else if (log) s.misses.append("VALUE ").append(d.text(), g.start(), g.end()).append(" gold=")
                            .append(g.value()).append(" got=").append(hit.value()).append(" (").append(hit.text()).append(")\n");
                } else if (log) {
                    s.misses.append("MISS ").append(d.text(), g.start(), g.end()).append(" gold=").append(g.value()).append('\n');
                }
            }
            for (Timex t : a.timex()) {
                if (t.offset() >= d.annotated()) continue;
                s.predictedTimex++;
                boolean ok = d.timex().stream().anyMatch(g -> g.overlaps(t.offset(), t.end()));
                if (ok) s.correctPredicted++;
                else if (log) s.misses.append("SPURIOUS-TIMEX ").append(t.text()).append(" = ").append(t.value()).append('\n');
            }
            List<EntityMention> persons = a.entities().stream().filter(e -> e.kind() == ParticipantKind.PERSON).toList();
            for (Meantime.Span g : d.people()) {
                s.goldPeople++;
                boolean hit = persons.stream().anyMatch(p -> g.overlaps(p.offset(), p.end()));
                if (hit) s.foundPeople++;
                else if (log) s.misses.append("MISS-PERSON ").append(d.text(), g.start(), g.end()).append('\n');
            }
            for (EntityMention p : persons) {
                // judged where the corpus typed the span: a predicted person over an annotated entity mention
                var typed = d.entities().stream().filter(g -> g.overlaps(p.offset(), p.end())).toList();
                if (typed.isEmpty()) continue;
                s.predictedPeople++;
                boolean ok = typed.stream().anyMatch(g -> g.type().equals("PER"));
                if (ok) s.rightPeople++;
                else if (log) s.misses.append("SPURIOUS-PERSON ").append(p.text()).append('\n');
            }
        }
        return s;
    }

    /** Without a creation time in the XML, the date the article's second line (its dateline) gives. */
    static TimeValue datelineDay(String text) {
        String[] lines = text.split("\n", 3);
        if (lines.length < 2) return null;
        Analysis a = new NewsExtractor().analyzeOrThrow(lines[1], new DocumentInfo(null, null, null, DateSource.UNKNOWN, null));
        return a.timex().stream().map(t -> TimeValue.parse(t.value())).filter(o -> o.isPresent() && o.get().isDay())
                .map(o -> o.get()).findFirst().orElse(null);
    }

    double timexRecall() { return foundTimex / (double) goldTimex; }

    double timexPrecision() { return correctPredicted / (double) Math.max(1, predictedTimex); }

    double valueAccuracy() { return valueRight / (double) Math.max(1, foundTimex); }

    double personRecall() { return foundPeople / (double) goldPeople; }

    double personPrecision() { return rightPeople / (double) Math.max(1, predictedPeople); }

    @Override
    public String toString() {
        return String.format("timex recall %.3f (%d/%d), precision %.3f, value accuracy %.3f (%d/%d); "
                        + "person recall %.3f (%d/%d), precision %.3f (%d/%d)",
                timexRecall(), foundTimex, goldTimex, timexPrecision(), valueAccuracy(), valueRight, foundTimex,
                personRecall(), foundPeople, goldPeople, personPrecision(), rightPeople, predictedPeople);
    }

    public static void main(String[] args) throws Exception {
        MeantimeScore s = of(Meantime.load(), true);
        System.out.println(s.misses);
        System.out.println(s);
    }
}
