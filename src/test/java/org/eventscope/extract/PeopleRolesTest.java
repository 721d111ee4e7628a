package org.eventscope.extract;

import org.eventscope.model.Analysis;
import org.eventscope.model.ExtractedEvent;
import org.eventscope.model.ExtractedParticipant;
import org.eventscope.model.ParticipantKind;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.eventscope.extract.Examples.analyse;
import static org.eventscope.extract.Examples.people;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Roles given after a name, and organisations that speak like people, as examples: what a person is called after
 * the name is their title as much as what comes before it, and a company that "said" stays a company when the
 * text says so elsewhere.
 */
class PeopleRolesTest {

    private static final String DAY = "2024-06-03";

    private static String titleOf(String text, String name) {
        Analysis a = analyse(text, DAY);
        Optional<ExtractedParticipant> p = a.participants().stream()
                .filter(x -> x.kind() == ParticipantKind.PERSON && x.name().equals(name)).findFirst();
        assertEquals(true, p.isPresent(), name + " is a person in: " + text + " " + a.participants());
        return p.get().title();
    }

    @Test
    void aRoleBetweenCommasAfterTheNameIsThePersonsTitle() {
        assertEquals("IOC president", titleOf("Kirsty Coventry, the IOC president, said on Monday the Games would go ahead.",
                "Kirsty Coventry"));
        // a lower-case owner is left out of the title; a country that owns it stays in
        assertEquals("finance minister", titleOf("Mohamed Aujjar, the country's finance minister, said growth would slow.",
                "Mohamed Aujjar"));
        assertEquals("Peru's interior minister", titleOf("Juan Jose Santivanez, Peru's interior minister, resigned on Friday.",
                "Juan Jose Santivanez"));
        assertEquals("spokeswoman", titleOf("\"We will not pay,\" said Ingrid Solberg, a spokeswoman for the ferry operator.",
                "Ingrid Solberg"));
        // an age between commas first, an occupation next
        assertEquals("farmer", titleOf("Moses Kiprono, 61, a farmer from Eldoret, said the rains came late.", "Moses Kiprono"));
    }

    @Test
    void theOrganisationAPersonHeadsBelongsToTheTitleAndIsNoPerson() {
        String text = "Lucas Pereira, chief executive of Banco Serrano, told reporters the bank would cut 300 jobs.";
        assertEquals("chief executive of Banco Serrano", titleOf(text, "Lucas Pereira"));
        assertEquals(Set.of("Lucas Pereira"), people(analyse(text, DAY)));
        assertEquals("head of the National Grid Agency",
                titleOf("Sara Holm, head of the National Grid Agency, warned of outages.", "Sara Holm"));
    }

    @Test
    void aClauseAfterTheNameIsNoTitle() {
        assertNull(titleOf("Pita Moala, who won twice in Auckland, said he would retire.", "Pita Moala"));
        assertNull(titleOf("Pita Moala, also known as the Flyer, met the coach in Suva.", "Pita Moala"));
        // "President X" after a comma is another person's title, not this person's role
        Analysis a = analyse("Kenyatta Mwangi, President William Ruto and two ministers met on Monday.", DAY);
        assertEquals(Set.of("Kenyatta Mwangi", "William Ruto"), people(a));
    }

    @Test
    void aTitleWordOpeningTheSentenceBelongsToTheTitle() {
        assertEquals("Opposition leader", titleOf("Opposition leader Nelson Tembo said the count was rigged.", "Nelson Tembo"));
    }

    @Test
    void aNameThatSpeaksOfItsOwnSharesOrChiefExecutiveIsAnOrganisation() {
        // "its" right after the speech, "X, which", the next sentence's "Its chief executive", "X's shares"
        assertEquals(Set.of(), people(analyse("Vestra Logis said on Monday its ships would avoid the strait.", DAY)));
        assertEquals(Set.of("Hannah Reid"), people(analyse(
                "Corvan Mendelo said on Tuesday that 2,000 workers would return. Its chief executive Hannah Reid said talks were hard.",
                DAY)));
        assertEquals(Set.of(), people(analyse(
                "Dravo Kalinde, which makes tyres in Malaysia, said on Wednesday that demand fell.", DAY)));
        assertEquals(Set.of(), people(analyse("Tamsin Oduya said prices rose. Tamsin Oduya's shares fell 3 percent.", DAY)));
    }

    @Test
    void aLaterTheClubsChairmanMakesAnOrganisationOfANameWithNoKnownGivenName() {
        assertEquals(Set.of("Marek Hamsik"), people(analyse(
                "Vrtanec Hotspur said coach Marek Hamsik would stay. The club's chairman said he was pleased.", DAY)));
        // a coach speaks of the club too: "the club" alone is no evidence
        assertEquals(Set.of("Cosmin Vrtanec"), people(analyse(
                "Cosmin Vrtanec said on Sunday the team had played badly. The club is third in the league.", DAY)));
        // a known given name with only speech stays a person: the club is someone else
        assertEquals(Set.of("Daniel Farke"), people(analyse(
                "Daniel Farke said on Friday the squad was ready. The club did not comment on his contract.", DAY)));
        // and so does any name with person evidence: a pronoun, a person's verb
        assertEquals(Set.of("Baurzhan Temirkhanov"), people(analyse(
                "Baurzhan Temirkhanov told reporters he would not resign. The company denied wrongdoing.", DAY)));
    }

    @Test
    void theOfficeADescriptionNamesIsNotTheViceOrDeputyOne() {
        Analysis a = analyse("President Suharto met Vice President B.J. Habibie on Sunday. "
                + "The speaker called on Monday for the president to step down.", "1998-05-20");
        ExtractedEvent e = a.events().stream().filter(x -> x.when().timeml().equals("1998-05-18"))
                .findFirst().orElseThrow(() -> new AssertionError(a.events().toString()));
        assertFalse(e.participants().contains("B.J. Habibie"), e.toString());
    }
}
