package org.eventscope.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression on the MEANTIME corpus (Wikinews, TimeML TIMEX3 values and entity types, CC BY 4.0) beside the
 * project at ../shared/corpora/meantime. The thresholds sit a little below what the extractor reaches
 * (see docs/extraction.md); the test fails, never skips, when the corpus is absent.
 */
class MeantimeRegressionTest {

    @Test
    void dateExpressionsAreFoundAndValuedAndNamedPeopleFound() throws Exception {
        MeantimeScore s = MeantimeScore.of(Meantime.load(), false);
        System.out.println("MEANTIME: " + s);
        assertTrue(s.goldTimex > 150, "corpus too small: " + s);
        assertTrue(s.timexRecall() >= 0.94, "timex recall " + s);
        assertTrue(s.valueAccuracy() >= 0.90, "timex value accuracy " + s);
        assertTrue(s.personRecall() >= 0.80, "person recall " + s);
        assertTrue(s.personPrecision() >= 0.90, "person precision " + s);
    }
}
