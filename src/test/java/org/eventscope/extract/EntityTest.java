package org.eventscope.extract;

import org.eventscope.model.Analysis;
import org.eventscope.model.EntityMention;
import org.eventscope.model.ExtractedParticipant;
import org.eventscope.model.ParticipantKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.eventscope.extract.Examples.analyse;
import static org.eventscope.extract.Examples.people;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names of people, organisations and places, as examples. */
class EntityTest {

    private static ExtractedParticipant participant(Analysis a, String name) {
        return a.participants().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + a.participants()));
    }

    @Test
    void aSurnameAloneAndATitleTheTextTiedAreTheSamePerson() {
        Analysis a = analyse("Russian Foreign Minister Sergey Lavrov met his counterpart on Monday. "
                + "Lavrov said the talks were useful. The Russian Foreign Minister later left for Sochi.", "2021-01-26");
        ExtractedParticipant lavrov = participant(a, "Sergey Lavrov");
        assertEquals(ParticipantKind.PERSON, lavrov.kind());
        assertEquals("Russian Foreign Minister", lavrov.title());
        assertTrue(lavrov.aliases().contains("Lavrov"), lavrov.aliases().toString());
        assertTrue(lavrov.aliases().contains("Russian Foreign Minister"), lavrov.aliases().toString());
        assertEquals(Set.of("Sergey Lavrov"), people(a));
    }

    @Test
    void aPatronymicAndTheSurnameAloneNameOnePerson() {
        Analysis a = analyse("As noted by Russian President Vladimir Vladimirovich Putin during our meeting, "
                + "relations are special. Putin agreed.", "2023-12-28");
        assertEquals(Set.of("Vladimir Vladimirovich Putin"), people(a));
        assertEquals(Names.key("Vladimir Putin"), Names.key("Vladimir Vladimirovich Putin"));
    }

    @Test
    void transliterationVariantsShareOneKey() {
        assertEquals(Names.key("Sergey Lavrov"), Names.key("Sergei Lavrov"));
        assertEquals(Names.key("Alan Gagloev"), Names.key("Alan Gagloyev"));
        assertEquals(Names.key("Tskhinvali"), Names.key("Tskhinval"));
        assertEquals(Names.key("Sokhumi"), Names.key("Sukhumi"));
        assertEquals(Names.key("Volodymyr Zelensky"), Names.key("Volodymyr Zelenskyy"));
        assertEquals(Names.key("Mr. Dmitri Medoev"), Names.key("Dmitry Medoev"));
        assertNotEquals(Names.key("Sergey Lavrov"), Names.key("Dmitry Medoev"));
        assertNotEquals(Names.key("Putin"), Names.key("Patten"));
    }

    @Test
    void titlesAndRolesAreCaptured() {
        Analysis a = analyse("South Ossetian acting Foreign Minister Dmitry Medoev said on Monday that ties are strong. "
                + "President of the Republic of South Ossetia Alan Gagloev noted it too.", "2021-01-25");
        assertEquals("South Ossetian acting Foreign Minister", participant(a, "Dmitry Medoev").title());
        assertEquals("President of the Republic of South Ossetia", participant(a, "Alan Gagloev").title());
    }

    @Test
    void demonymsPointToTheirPlace() {
        Analysis a = analyse("Georgian troops shelled the town, and Abkhaz forces answered.", "2021-01-25");
        Set<String> places = a.entities().stream().filter(e -> e.kind() == ParticipantKind.PLACE)
                .map(EntityMention::name).collect(Collectors.toSet());
        assertTrue(places.containsAll(Set.of("Georgia", "Abkhazia")), places.toString());
    }

    @Test
    void unknownNamesFromAnyRegionAreFoundByTheirShape() {
        Analysis a = analyse("Abkhaz leader Aslan Bzhania appointed Inal Ardzinba to the post. "
                + "Ardzinba thanked him. Kenyan opposition figure Wanjiku Odhiambo, who leads the party, "
                + "met Mr. Tshabalala in Nairobi.", "2021-12-21");
        assertTrue(people(a).containsAll(Set.of("Aslan Bzhania", "Inal Ardzinba", "Wanjiku Odhiambo")), people(a).toString());
        assertTrue(people(a).stream().anyMatch(p -> p.contains("Tshabalala")), people(a).toString());
    }

    @Test
    void namesWithParticlesInitialsHyphensAndShortGivenNames() {
        Analysis a = analyse("European Commission President Ursula von der Leyen and NATO Secretary General Jens "
                + "Stoltenberg met in Brussels on Monday. George W. Bush and Xi Jinping were mentioned. "
                + "Jean-Claude Juncker praised it. Syrian President Bashar al-Assad and Vice President Ma'ruf Amin "
                + "spoke. Smith, who chairs the committee, declined to comment.", "2021-06-15");
        assertTrue(people(a).containsAll(Set.of("Ursula von der Leyen", "Jens Stoltenberg", "George W. Bush",
                "Xi Jinping", "Jean-Claude Juncker", "Bashar al-Assad", "Ma'ruf Amin", "Smith")), people(a).toString());
        for (String notPerson : List.of("NATO", "Brussels", "European Commission")) {
            assertFalse(people(a).contains(notPerson), notPerson);
        }
    }

    @Test
    void aGivenNameUsedAloneIsThePersonTheTextIntroduced() {
        Analysis a = analyse("Malaysian Prime Minister Anwar Ibrahim on Monday signed two treaties. "
                + "Anwar arrived in Jakarta on Sunday.", "2023-11-20");
        assertEquals(Set.of("Anwar Ibrahim"), people(a));
        assertTrue(a.events().stream().anyMatch(e -> e.when().timeml().equals("2023-11-19")
                && e.participants().contains("Anwar Ibrahim")), a.events().toString());
    }

    @Test
    void noFalsePeople() {
        Analysis a = analyse("""
                date 2021-01-25 UrduPoint.com
                Russian, South Ossetian Foreign Ministers Sign 2021-2022 Consultations Plan

                Faizan Hashmi 4 minutes ago Mon 25th January 2021 | 05:40 PM

                MOSCOW (UrduPoint News / Sputnik - 25th January, 2021) According to TASS, the Minister spoke on Monday.
                Despite the pandemic, trade grows. In February, Reuters reported that the Federal Customs Service agreed.
                Allied relations have stood the test of time. Thursday was calm. The President has emphasized it.
                Hurricane Elsa hit Florida as the Red Cross, the Security Council and Supreme Court judges met.
                Wall Street rose while Silicon Valley firms and Black Sea ports gained. The Prime Minister left.
                """, "2021-01-25");
        assertEquals(Set.of(), people(a), a.participants().toString());
        List<String> names = a.participants().stream().map(ExtractedParticipant::name).toList();
        for (String agency : List.of("UrduPoint News", "Sputnik", "TASS", "Reuters")) {
            assertFalse(names.contains(agency), agency + " is a source, not a participant: " + names);
        }
    }

    @Test
    void companiesNamedByTheirFirstWordAreNotPeople() {
        Analysis a = analyse("Northrop Grumman won the contract on Friday. Northrop said the tankers will be built "
                + "in Alabama.", "2008-03-01");
        assertEquals(Set.of(), people(a));
    }

    @Test
    void anHonorificWithoutAPeriodMakesAPerson() {
        assertEquals(Set.of("Obiora Eze"), people(analyse("Mr Obiora Eze left the meeting early.", "2021-01-25")));
        assertEquals(Set.of("Tanvir Hossain"), people(analyse("Ms Tanvir Hossain opened the clinic.", "2021-01-25")));
    }

    @Test
    void aSpeechVerbOrAccordingToBeforeANameMakesASpeaker() {
        assertEquals(Set.of("Tanvir Hossain"), people(analyse(
                "\"We will rebuild,\" said Tanvir Hossain, adding that aid had come.", "2021-01-25")));
        assertEquals(Set.of("Oksana Hrytsenko"), people(analyse(
                "The dam will hold, according to Oksana Hrytsenko.", "2021-01-25")));
    }

    @Test
    void cognitionVerbsAfterANameMakeAPerson() {
        assertEquals(Set.of("Nnamdi Okafor"), people(analyse("Nnamdi Okafor believes the deal is fair.", "2021-01-25")));
        assertEquals(Set.of("Bekzat Nurlanov"), people(analyse(
                "Bekzat Nurlanov was quoted as saying the plan failed.", "2021-01-25")));
        assertEquals(Set.of("Quispe Mamani"), people(analyse("Quispe Mamani thinks the vote was fair.", "2021-01-25")));
    }

    @Test
    void heOrSheRightAfterANameMakesAPerson() {
        assertEquals(Set.of("Kwabena Asante"), people(analyse(
                "Kwabena Asante arrived in Kumasi on Monday. He met farmers there.", "2021-01-25")));
        assertEquals(Set.of("Horvatova Ivanka"), people(analyse(
                "Horvatova Ivanka expects a fair vote, she said.", "2021-01-25")));
    }

    @Test
    void personEvidenceAnywhereHoldsForEveryMentionOfTheName() {
        Analysis a = analyse("The Tashkent court heard Dilnoza Yusupova on Monday. "
                + "The plan, Dilnoza Yusupova said later, was hers.", "2021-01-25");
        assertEquals(ParticipantKind.PERSON, participant(a, "Dilnoza Yusupova").kind());
    }

    @Test
    void companiesWithoutPersonEvidenceStayOrganisations() {
        assertTrue(people(analyse("Northrop Grumman won the contract.", "2021-01-25")).isEmpty());
        assertTrue(people(analyse("Tata Motors announced a recall on Monday.", "2021-01-25")).isEmpty());
    }

    @Test
    void organisationEvidenceAnywhereMakesTheNameAnOrganisation() {
        assertTrue(people(analyse("Analysts at Morgan Stanley expect growth. Morgan Stanley said profits rose.",
                "2021-01-25")).isEmpty());
        assertTrue(people(analyse("Pemex Exploracion said output fell, and Pemex Exploracion's shares dropped.",
                "2021-01-25")).isEmpty());
        assertTrue(people(analyse("Banco Santander said profits rose. Shares of Banco Santander rose 2%.",
                "2021-01-25")).isEmpty());
        assertTrue(people(analyse("Workers at Lockheed Martin struck. Lockheed Martin told investors sales rose.",
                "2021-01-25")).isEmpty());
    }

    @Test
    void givenNamesFromManyRegionsMakeAPersonWithNoOtherClue() {
        String[] names = {"Chinedu Okeke", "Wanjiru Kariuki", "Gulnara Seitkali", "Tetiana Moroz", "Rahul Iyer",
                "Xiaoming Gu", "Trang Pham", "Zeynep Kaya", "Mateo Quispe", "Yewande Balogun"};
        for (String name : names) {
            assertEquals(Set.of(name), people(analyse("The jury picked " + name + " for the final round.",
                    "2021-01-25")), name);
        }
    }

    @Test
    void aNameReportingProfitsOrSalesIsACompany() {
        assertTrue(people(analyse("Deutsche Telekom said profits rose in the third quarter.", "2021-01-25")).isEmpty());
        assertTrue(people(analyse("Lockheed Martin told investors that sales rose.", "2021-01-25")).isEmpty());
        assertEquals(Set.of("Ngozi Adichie"), people(analyse("Ngozi Adichie said profits were not the point.",
                "2021-01-25")));
    }

    @Test
    void aSingleNameSetOffAfterARoleIsAPersonButNotAfterADescriptionWithoutATitle() {
        // Indonesian single names: "The speaker of parliament, Harmoko, had called"
        assertEquals(Set.of("Harmoko"), people(analyse("The speaker of parliament, Harmoko, had called for elections.",
                "1998-05-21")));
        assertEquals(Set.of("Wiranto"), people(analyse("Indonesia's armed forces commander, Wiranto, backed the "
                + "transfer.", "1998-05-21")));
        // a company set off after a description with no title in it stays no person
        assertTrue(people(analyse("The world's largest carmaker, Toyota, cut its forecast.", "2021-01-25")).isEmpty());
    }

    @Test
    void anAgeAppositionMakesAPerson() {
        assertEquals(Set.of("Bongani Khumalo"), people(analyse("Bongani Khumalo, a 41-year-old teacher, was injured.",
                "2021-01-25")));
        assertEquals(Set.of("Ruslana Dzhaparova"), people(analyse("Ruslana Dzhaparova, 29-year-old, won the race.",
                "2021-01-25")));
    }

    @Test
    void theBeforeANameUsedAsAModifierIsNoOrganisationEvidence() {
        assertEquals(Set.of("Ruto Kiprotich"), people(analyse("Ruto Kiprotich said the talks failed. "
                + "The Ruto Kiprotich era is over.", "2021-01-25")));
        assertTrue(people(analyse("Fiat Chrysler said the talks failed. The Fiat Chrysler board met.",
                "2021-01-25")).isEmpty());
    }
}
