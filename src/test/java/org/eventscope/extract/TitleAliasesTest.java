package org.eventscope.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A description by title ("the Russian FM") stands for the one person the text gave a title with those words. */
class TitleAliasesTest {
    private static final Map<String, String> TITLES = Map.of(
            "Sergey Lavrov", "Russian Foreign Minister",
            "Inal Medoev", "South Ossetian acting Foreign Minister");

    private static List<EntityRecognizer.Mention> aliases(String text) {
        List<EntityRecognizer.Mention> out = new ArrayList<>();
        new TitleAliases().add(new Tokens(text), out, TITLES);
        return out;
    }

    @Test
    void theRussianFmIsTheOnePersonWhoseTitleHasRussiaForeignAndMinister() {
        List<EntityRecognizer.Mention> out = aliases("Later the Russian FM said the talks went well.");
        assertEquals(1, out.size());
        assertEquals("Sergey Lavrov", out.get(0).canonical);
        assertEquals("Russian Foreign Minister", out.get(0).title);
    }

    @Test
    void aTwoWordDemonymNarrowsTheTitleToItsCountry() {
        List<EntityRecognizer.Mention> out = aliases("On Monday the South Ossetian minister arrived in Moscow.");
        assertEquals(1, out.size());
        assertEquals("Inal Medoev", out.get(0).canonical);
    }

    @Test
    void aTitleThatFitsTwoPeopleOrNobodyNamesNobody() {
        assertTrue(aliases("Later the foreign minister said the talks went well.").isEmpty());
        assertTrue(aliases("Later the prime minister said the talks went well.").isEmpty());
    }

    @Test
    void aTitleWithANameInAppositionAfterItTitlesThatNameNotAnotherHolder() {
        // "the Foreign Minister, Ivan Petrov, said": Petrov, not the foreign minister the text titled elsewhere
        String text = "In a statement, the Foreign Minister, Ivan Petrov, said the talks went well.";
        Tokens t = new Tokens(text);
        int from = 0;
        while (!t.wordIs(from, "ivan")) from++;
        List<EntityRecognizer.Mention> out = new ArrayList<>(List.of(
                new EntityRecognizer.Mention(from, from + 2, org.eventscope.model.ParticipantKind.PERSON, "Ivan Petrov")));
        new TitleAliases().add(t, out, Map.of("Sergey Lavrov", "Russian Foreign Minister"));
        assertEquals(1, out.size(), out::toString);
        // with no name after it, the description is the titled one's
        List<EntityRecognizer.Mention> bare = new ArrayList<>();
        new TitleAliases().add(new Tokens("In a statement, the Foreign Minister said the talks went well."), bare,
                Map.of("Sergey Lavrov", "Russian Foreign Minister"));
        assertEquals("Sergey Lavrov", bare.get(0).canonical);
    }
}

