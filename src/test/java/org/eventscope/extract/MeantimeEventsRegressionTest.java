package org.eventscope.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Events and merging on MEANTIME (definitions in docs/extraction.md, "Events and merging on MEANTIME"). The
 * thresholds sit a little below the measured figures; the test fails, never skips, when the corpus is absent.
 */
class MeantimeEventsRegressionTest {

    @Test
    void mainDatedEventsAreFoundAndReportsOfOneHappeningMergeWithoutFalseMerges() throws Exception {
        MeantimeEvents s = MeantimeEvents.of(Meantime.articles(), false);
        System.out.println("MEANTIME events: " + s);
        assertTrue(s.goldMain >= 30, "too few gold main events: " + s);
        assertTrue(s.mainRecall() >= 0.82, "main dated events found " + s);
        assertTrue(s.multiInstances >= 3, "too few happenings extracted in two articles: " + s);
        assertTrue(s.pairRecall() >= 0.6, "article pairs merged " + s);
        assertTrue(s.mergeRecall() >= 0.45, "happenings merged " + s);
        assertEquals(0, s.falseMerges, "different happenings of one day merged: " + s);
    }

    @Test
    void sameDateComparesAtTheTextsPrecision() {
        assertTrue(MeantimeEvents.sameDate(org.eventscope.model.TimeValue.parse("2008-01-09").orElseThrow(), "2008-01-09TMO"));
        assertTrue(MeantimeEvents.sameDate(org.eventscope.model.TimeValue.parse("2006-Q4").orElseThrow(), "2006-Q4"));
        assertTrue(!MeantimeEvents.sameDate(org.eventscope.model.TimeValue.parse("2006").orElseThrow(), "2006-Q4"));
        assertTrue(MeantimeEvents.sameName("Boeing", "Boeing Co"));
        assertTrue(!MeantimeEvents.sameName("Boeing", "Airbus"));
    }
}
