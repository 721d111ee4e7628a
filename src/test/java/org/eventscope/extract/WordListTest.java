package org.eventscope.extract;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Word lists answered by the tokens' bits give the same answers as the lists themselves. */
class WordListTest {
    private static final Set<String> WORDS = Set.of("monday", "são", "internationalisation",
            "counterrevolutionariesmovement");
    private static final WordList LIST = WordList.of(WORDS);

    @Test
    void aTokenIsInAListWhateverItsCaseAccentsOrLength() {
        Tokens t = new Tokens("Monday, MONDAY and monday in São Paulo: INTERNATIONALISATION, internationalist, "
                + "counterrevolutionariesmovement 2024");
        for (int i = 0; i < t.size; i++) {
            assertEquals(t.isWord(i) && WORDS.contains(t.lower[i]), t.in(i, LIST), "token " + i + " " + t.w(i));
        }
    }

    @Test
    void wordsSharingTheirFirstTwelveLettersAreToldApart() {
        Tokens t = new Tokens("internationalisation internationalist");
        assertTrue(t.in(0, LIST));
        assertFalse(t.in(1, LIST));
    }

    @Test
    void aListMadeAfterTheTextWasCutIsStillAnswered() {
        Tokens t = new Tokens("The ceasefire held on Tuesday.");
        WordList late = WordList.of(w -> w.equals("ceasefire"));
        assertTrue(t.in(1, late));
        assertFalse(t.in(2, late));
        assertTrue(new Tokens("A ceasefire.").in(1, late));
    }

    @Test
    void punctuationAndNumbersAreInNoList() {
        Tokens t = new Tokens("2024 - monday");
        assertFalse(t.in(0, LIST));
        assertFalse(t.in(1, LIST));
        assertTrue(t.in(2, LIST));
    }
}
