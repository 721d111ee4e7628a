package org.eventscope.extract;

import org.eventscope.model.Analysis;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A newspaper or news service reports events; it does not take part in them. */
class PublicationNamesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Valparaíso, Feb 6 (Andes News Service) - President Gabriel Boric declared a day of mourning on Sunday.",
            "President Gabriel Boric declared a day of mourning on Sunday, the Santiago Times reported.",
            "President Gabriel Boric declared a day of mourning on Sunday, according to the Chilean Press Agency."})
    void aPublicationIsNoParticipant(String sentence) {
        Analysis a = Examples.analyse(sentence, "2024-02-06");
        assertFalse(a.events().isEmpty(), "the declaration is an event");
        assertTrue(a.events().stream().allMatch(e -> e.participants().contains("Gabriel Boric")
                && e.participants().stream().noneMatch(p -> p.endsWith("Service") || p.endsWith("Times")
                || p.endsWith("Agency"))), () -> a.events().toString());
    }
}
