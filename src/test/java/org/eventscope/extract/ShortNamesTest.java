package org.eventscope.extract;

import org.eventscope.model.Analysis;
import org.eventscope.model.DocumentInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How event titles name a person for short: as the text does, else by the naming customs of the name. */
class ShortNamesTest {

    @ParameterizedTest(name = "\"{0}\", never shortened by the text, is \"{1}\" in a title")
    @CsvSource({
            "Sergey Lavrov, Lavrov",
            "Lee Jae-yong, Lee",
            "Kim Jong-un, Kim",
            "Alexandria Ocasio-Cortez, Ocasio-Cortez",
            "Abu Bakr al-Baghdadi, al-Baghdadi",
            "Ursula von der Leyen, von der Leyen",
            "Mohammed bin Salman, bin Salman",
            "Ferdinand Marcos Jr, Marcos",
            "Putin, Putin"})
    void aNameTheTextNeverShortensFollowsItsCustom(String name, String shortName) {
        assertEquals(shortName, ShortNames.shortName(name, null));
    }

    @Test
    void theShortFormTheTextUsesMostWins() {
        assertEquals("Lula", ShortNames.shortName("Luiz Inácio Lula da Silva", Map.of("Lula", 3, "da Silva", 1)));
        assertEquals("Abiy", ShortNames.shortName("Abiy Ahmed", Map.of("Abiy", 2)));
    }

    @Test
    void aTitleCallsTheManByTheNameTheArticleUses() {
        String text = "Ethiopian Prime Minister Abiy Ahmed met Kenyan officials in Nairobi on Monday. "
                + "Abiy said the talks were useful. Abiy later flew home.\n\n"
                + "The prime minister signed a trade deal with Kenya on Tuesday, Abiy's office said.";
        Analysis a = new NewsExtractor().analyzeOrThrow(text, new DocumentInfo("a.txt", "t",
                org.eventscope.model.TimeValue.parse("2024-03-06").orElseThrow(), org.eventscope.model.DateSource.HEADER, null));
        assertTrue(a.events().stream().anyMatch(e -> e.title().contains("Abiy") && !e.title().contains("Ahmed")),
                () -> a.events().toString());
    }

    @Test
    void aKnightCalledByHisTitleAndGivenNameIsHisSurnameInATitle() {
        Analysis a = Examples.analyse("The Governor-General, Sir John Kerr, dismissed Gough Whitlam's government on "
                + "Tuesday. Sir John, a former judge, took office last year.", "1975-11-12");
        assertTrue(a.events().stream().anyMatch(e -> e.title().startsWith("Kerr dismisses")), () -> a.events().toString());
        assertTrue(a.events().stream().noneMatch(e -> e.title().startsWith("John ")), () -> a.events().toString());
    }

    @Test
    void aClauseWithoutItsOwnSubjectIsTitledWithTheActorNamedBeforeIt() {
        Analysis a = Examples.analyse("Spain, which last hosted the tournament in 1982, will share it with Morocco.",
                "2024-12-12");
        assertTrue(a.events().stream().anyMatch(e -> e.title().equals("Spain hosts the tournament")),
                () -> a.events().toString());
        Analysis b = Examples.analyse("Sweden, which joined on Thursday, saw the blue and yellow flag was raised at "
                + "the headquarters on Monday.", "2024-03-12");
        assertTrue(b.events().stream().noneMatch(e -> e.title().startsWith("Sweden the ")), () -> b.events().toString());
    }
}
