package org.eventscope.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where sentences end: the evidence a user reads is one whole sentence, never half of one. */
class SentencesTest {

    private static List<String> sentences(String text) {
        Tokens t = new Tokens(text);
        Sentences s = new Sentences(t);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < s.count; k++) out.add(text.substring(s.start(t, k), s.end(t, k)));
        return out;
    }

    @Test
    void aDecimalNumberDoesNotEndASentence() {
        assertEquals(List.of("A magnitude 7.8 earthquake struck on Monday.", "Shares fell 2.5 percent."),
                sentences("A magnitude 7.8 earthquake struck on Monday. Shares fell 2.5 percent."));
    }

    @Test
    void titlesAndAbbreviationsDoNotEndASentenceButAFullStopBeforeACapitalDoes() {
        assertEquals(List.of("Mr. Smith met Gen. Jones in the U.S. on Monday.", "They agreed."),
                sentences("Mr. Smith met Gen. Jones in the U.S. on Monday. They agreed."));
    }

    @Test
    void aSentenceEndingInANumberIsStillASentenceEnd() {
        assertEquals(List.of("The vote was held in 2019.", "2020 was calmer."),
                sentences("The vote was held in 2019. 2020 was calmer."));
    }

    @Test
    void aLabelledLineUnderALongHeadlineIsASentenceOfItsOwn() {
        // so the headline's happening is not dated by the publication line
        assertEquals(List.of("\"The truth is cruel\": Fabius admits French agents sank the Rainbow Warrior",
                        "Published: 23 September 1985", "The government has confessed."),
                sentences("\"The truth is cruel\": Fabius admits French agents sank the Rainbow Warrior\n"
                        + "Published: 23 September 1985\n\nThe government has confessed."));
    }
}
