package org.eventscope.extract;

import org.eventscope.model.EventKind;
import org.eventscope.model.TimeValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The written multi-outlet news set (28 articles, 16 happenings told by several outlets) through the real
 * extractor and merger. Thresholds sit a little below what main reached when the set was written; raise them
 * when the figures rise (see docs/extraction.md, "Written multi-outlet news set"). Run {@link NewsEvalScore}
 * for every miss.
 */
class NewsEvalTest {
    private static NewsEvalScore score;

    @BeforeAll
    static void score() {
        score = NewsEvalScore.run();
        System.out.println("NewsEval: " + score.summary());
    }

    @Test
    void theArticlesMainDatedEventsAreFoundWithARightParticipant() {
        assertTrue(score.foundRate() >= 0.90, score.summary());
        assertTrue(score.foundIgnoringKindRate() >= 0.93, score.summary());
    }

    @Test
    void theSameHappeningToldBySeveralOutletsIsMerged() {
        assertTrue(score.pairs >= 5, "too few pairs found to measure merging: " + score.summary());
        assertTrue(score.mergeRate() >= 0.90, score.summary() + "\n" + String.join("\n", score.missedMerges));
    }

    @Test
    void theMergingDevelopmentSetMergesMostPairsAndNeverTwoHappenings() {
        NewsEvalScore dev = NewsEvalScore.run("mergedev");
        assertTrue(dev.pairs >= 10, "too few pairs found to measure merging: " + dev.summary());
        assertTrue(dev.mergeRate() >= 0.70, dev.summary() + "\n" + String.join("\n", dev.missedMerges));
        assertEquals(List.of(), dev.falseMerges);
    }

    @Test
    void theSecondSetFormerlyHeldOutFindsMostMainEventsAndNeverMergesTwoHappenings() {
        // newseval2 was held out until 23 Nov 01:10 (scored 37/88 and 39/88), then used for the event rules
        NewsEvalScore dev = NewsEvalScore.run("newseval2");
        assertTrue(dev.foundRate() >= 0.74, dev.summary());
        assertTrue(dev.foundIgnoringKindRate() >= 0.75, dev.summary());
        assertEquals(List.of(), dev.falseMerges);
    }

    @Test
    void theLaterDevelopmentSetsKeepWhatTheirRoundsFixed() {
        // newseval3 was held out until 23 Nov; newseval5 and newseval6 were written blind and scored once on arrival
        // (51.5 % and 49.2 %) before their misses were read: these thresholds guard the fixes, not unseen news
        NewsEvalScore third = NewsEvalScore.run("newseval3");
        assertTrue(third.foundRate() >= 0.80, third.summary());
        assertEquals(List.of(), third.falseMerges);
        NewsEvalScore fifth = NewsEvalScore.run("newseval5");
        assertTrue(fifth.foundRate() >= 0.68, fifth.summary());
        assertEquals(List.of(), fifth.falseMerges); // its one false merge is gone since the merger's round of 23 Nov (day)
        NewsEvalScore sixth = NewsEvalScore.run("newseval6");
        assertTrue(sixth.foundRate() >= 0.60, sixth.summary());
        assertEquals(List.of(), sixth.falseMerges);
        // newseval4 was held out until 23 Nov 04:30 (35/66); newseval8 was written blind and scored once on arrival
        // (46/116 = 39.7 %) before its misses were read
        NewsEvalScore fourth = NewsEvalScore.run("newseval4");
        assertTrue(fourth.foundRate() >= 0.68, fourth.summary());
        assertEquals(List.of(), fourth.falseMerges);
        NewsEvalScore eighth = NewsEvalScore.run("newseval8");
        assertTrue(eighth.foundRate() >= 0.56, eighth.summary());
        assertEquals(List.of(), eighth.falseMerges); // its two false merges are gone since the merger's round 4
        // newseval10 was written blind and scored twice (52/119, 54/119) before its misses were read, 23 Nov (day)
        NewsEvalScore tenth = NewsEvalScore.run("newseval10");
        assertTrue(tenth.foundRate() >= 0.58, tenth.summary());
        assertEquals(List.of(), tenth.falseMerges);
        // newseval11 was written blind and scored four times (47, 50, 50/136) before its misses were read, 23 Nov
        // (evening round); it ended that round at 69/136
        NewsEvalScore eleventh = NewsEvalScore.run("newseval11");
        assertTrue(eleventh.foundRate() >= 0.46, eleventh.summary());
        assertTrue(eleventh.falseMerges.size() <= 1, eleventh.summary());
        // newseval12 was written blind and scored three times (61, 65, 65/141) before its misses were read, 23 Nov
        // (afternoon round); it ended that round at 83/141, with no false merge
        NewsEvalScore twelfth = NewsEvalScore.run("newseval12");
        assertTrue(twelfth.foundRate() >= 0.52, twelfth.summary());
        assertEquals(List.of(), twelfth.falseMerges);
        // newseval13 was written blind and scored several times (48, 58/146 and ignoring kind 72, 86) before its
        // misses were read, 23 Nov (evening round); it ended that round at 72/146, ignoring kind 105
        NewsEvalScore thirteenth = NewsEvalScore.run("newseval13");
        assertTrue(thirteenth.foundRate() >= 0.47, thirteenth.summary());
        assertTrue(thirteenth.foundIgnoringKindRate() >= 0.70, thirteenth.summary());
        assertEquals(List.of(), thirteenth.falseMerges);
        // newseval14 and newseval15 were written blind and scored four to five times (summary lines only) before
        // their misses were read, 23 Nov (night round); newseval7, held out since the early morning, was opened in
        // the same round after a false merge showed on it. They ended that round at 62/122 (ignoring kind 96),
        // 70/123 (96) and 57/112 (95)
        NewsEvalScore fourteenth = NewsEvalScore.run("newseval14");
        assertTrue(fourteenth.foundRate() >= 0.48, fourteenth.summary());
        assertTrue(fourteenth.foundIgnoringKindRate() >= 0.76, fourteenth.summary());
        assertEquals(List.of(), fourteenth.falseMerges);
        NewsEvalScore fifteenth = NewsEvalScore.run("newseval15");
        assertTrue(fifteenth.foundRate() >= 0.54, fifteenth.summary());
        assertTrue(fifteenth.foundIgnoringKindRate() >= 0.75, fifteenth.summary());
        assertTrue(fifteenth.falseMerges.size() <= 1, fifteenth.summary());
        NewsEvalScore seventh = NewsEvalScore.run("newseval7");
        assertTrue(seventh.foundRate() >= 0.48, seventh.summary());
        assertTrue(seventh.foundIgnoringKindRate() >= 0.82, seventh.summary());
        // newseval7's one false merge (a purge a day after a dismissal) is gone since the round of 24 Nov
        assertEquals(List.of(), seventh.falseMerges);
        // newseval19 was written blind at the start of the round of 23 Nov (late night, second) and scored 59/151
        // (ignoring kind 100) on a clean build of the round's start before its misses were read; it was opened at
        // once, a twentieth blind set taking its place among the held-out ones, and ended that round at 73/151 (116)
        NewsEvalScore nineteenth = NewsEvalScore.run("newseval19");
        assertTrue(nineteenth.foundRate() >= 0.45, nineteenth.summary());
        assertTrue(nineteenth.foundIgnoringKindRate() >= 0.74, nineteenth.summary());
        assertEquals(List.of(), nineteenth.falseMerges);
        // newseval21 was written blind at the start of the round of 24 Nov and scored twice (summary lines only,
        // 85/174, ignoring kind 120, and one false merge) before it was opened in that round to find the false
        // merge's cause; it ended that round at 87/174 (124), no false merge
        NewsEvalScore twentyFirst = NewsEvalScore.run("newseval21");
        assertTrue(twentyFirst.foundRate() >= 0.46, twentyFirst.summary());
        assertTrue(twentyFirst.foundIgnoringKindRate() >= 0.68, twentyFirst.summary());
        assertEquals(List.of(), twentyFirst.falseMerges);
    }

    @Test
    void differentHappeningsOnTheSameDayAreNeverMerged() {
        assertEquals(List.of(), score.falseMerges);
        assertEquals(List.of(), score.conflated);
    }

    @Test
    void theGoldTellsEveryHappeningFromSeveralOutletsAndPutsDifferentHappeningsOnOneDay() {
        List<NewsEvalScore.Gold> gold = NewsEvalScore.readGold();
        Map<String, Set<String>> filesOf = new HashMap<>();
        Map<String, Set<String>> clustersOnDay = new HashMap<>();
        for (NewsEvalScore.Gold g : gold) {
            assertTrue(TimeValue.parse(g.value()).isPresent(), g.value());
            assertFalse(g.kinds().isEmpty() || g.people().isEmpty(), g.toString());
            filesOf.computeIfAbsent(g.cluster(), c -> new HashSet<>()).add(g.file());
            clustersOnDay.computeIfAbsent(g.value(), d -> new HashSet<>()).add(g.cluster());
        }
        long told = filesOf.values().stream().filter(f -> f.size() >= 2).count();
        assertTrue(told >= 10, "happenings told by at least two articles: " + told);
        long sharedDays = clustersOnDay.values().stream().filter(c -> c.size() >= 2).count();
        assertTrue(sharedDays >= 3, "days with two different happenings: " + clustersOnDay);
        Set<String> files = gold.stream().map(NewsEvalScore.Gold::file).collect(Collectors.toSet());
        for (String f : files) {
            int words = NewsEvalScore.resource(f).split("\\s+").length;
            assertTrue(words >= 150 && words <= 360, f + " has " + words + " words");
        }
    }

    @Test
    void aSurnameOrTheEndOfANameMatchesTheFullGoldNameButAnotherFirstNameDoesNot() {
        assertTrue(NewsEvalScore.sameName("Erdogan", "Recep Tayyip Erdogan"));
        assertTrue(NewsEvalScore.sameName("Alexander Van der Bellen", "Van der Bellen"));
        assertTrue(NewsEvalScore.sameName("Benedito Goncalves", "Benedito Gonçalves"));
        assertFalse(NewsEvalScore.sameName("Michelle Bolsonaro", "Jair Bolsonaro"));
        assertFalse(NewsEvalScore.sameName("Israel", "Israeli"));
    }

    @Test
    void aTitleCutFromInsideASentenceOrABareNounIsUnreadable() {
        assertTrue(NewsEvalScore.readableTitle("Lavrov and Medoev sign the 2021-2022 consultations plan"));
        assertFalse(NewsEvalScore.readableTitle("Deal"));
        assertFalse(NewsEvalScore.readableTitle("For his first address"));
        assertFalse(NewsEvalScore.readableTitle("ROME, Dec 7, 2016 (ANSA) - Premier Matteo Renzi resigns"));
    }

    @Test
    void acceptableKindsAreModelKinds() {
        assertTrue(NewsEvalScore.readGold().stream().anyMatch(g -> g.kinds().contains(EventKind.DISASTER)));
    }
}
