package org.eventscope.extract;

import org.eventscope.model.Analysis;
import org.eventscope.model.ExtractedEvent;
import org.eventscope.model.ParticipantKind;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.eventscope.extract.Examples.analyse;
import static org.eventscope.extract.Examples.people;
import static org.eventscope.extract.Examples.kindOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where a name begins and ends, and what the words around it make of it, as examples: a nationality before a
 * person's name is no part of it, a time zone is no organisation, a lower-case "peninsula" or "province" after a
 * name makes it a place, and a name ending in "Station" is a place.
 */
class NameBoundariesTest {

    private static final String DAY = "2020-06-01";

    @Test
    void aSaintsOrAMountsAbbreviationStaysInsideThePlaceName() {
        Analysis a = analyse("ST. JOHN'S, Antigua, June 25, 1997 (AP) - The volcano erupted on Wednesday. Putin flew to "
                + "St. Petersburg on Monday.", "1997-06-25");
        assertTrue(a.entities().stream().anyMatch(e -> e.name().equals("St. John's")), a.entities()::toString);
        assertTrue(a.entities().stream().anyMatch(e -> e.name().equals("St. Petersburg")), a.entities()::toString);
        assertTrue(a.entities().stream().noneMatch(e -> e.name().equals("S") || e.name().equals("St")
                || e.name().equalsIgnoreCase("John")), a.entities()::toString);
        // a dateline's capitals give the place its usual case
        Analysis haiti = analyse("PORT-AU-PRINCE, Haiti, Jan 12, 2010 (Reuters) - A quake struck on Tuesday.", "2010-01-12");
        assertTrue(haiti.entities().stream().anyMatch(e -> e.name().equals("Port-au-Prince")), haiti.entities()::toString);
    }

    @Test
    void aTitledPersonsNameEndsBeforeOfAndTheBodyAfterItIsAnOrganisation() {
        Analysis a = analyse("Lieutenant-Colonel Antonio Tejero of the Civil Guard stormed the chamber on Monday. "
                + "Captain John Smith of the Royal Navy arrived on Tuesday.", DAY);
        assertEquals(Set.of("Antonio Tejero", "John Smith"), people(a));
        assertEquals(java.util.Optional.of(ParticipantKind.ORGANIZATION), kindOf(a, "Civil Guard"));
        // a title with "of" before the name is still one title: "Minister of Foreign Affairs Sergey Lavrov"
        assertEquals(Set.of("Sergey Lavrov"), people(analyse("Minister of Foreign Affairs Sergey Lavrov met his "
                + "counterpart on Monday.", DAY)));
    }

    @Test
    void aTitledPersonSigningForACountryIsThePersonAndTheCountry() {
        // "for France" is whom the minister signs for, not part of his name
        Analysis a = analyse("Chancellor Konrad Adenauer signed for Germany, Foreign Minister Christian Pineau for "
                + "France and Prime Minister Antonio Segni for Italy on Monday.", DAY);
        assertEquals(Set.of("Konrad Adenauer", "Christian Pineau", "Antonio Segni"), people(a));
        assertEquals(java.util.Optional.of(ParticipantKind.PLACE), kindOf(a, "France"));
        // a title with "for" before the name is still one title
        assertEquals(Set.of("Ben Wallace"), people(analyse("Secretary of State for Defence Ben Wallace flew to Kyiv "
                + "on Monday.", DAY)));
    }

    @Test
    void aForeignHonorificIsNoPartOfTheName() {
        // older and British papers write "Signor", "Herr", "Senor" or "Mme" where others write "Mr" or "Mrs"
        Analysis a = analyse("The treaty was signed on Monday by Signor Gaetano Martino, Herr Walter Hallstein, "
                + "Senor Alberto Martin Artajo and Mme Simone Veil.", DAY);
        assertEquals(Set.of("Gaetano Martino", "Walter Hallstein", "Alberto Martin Artajo", "Simone Veil"), people(a));
    }

    @Test
    void anArabicNameWrittenFromItsArticleKeepsIt() {
        assertEquals(Set.of("al-Siddiq al-Sour"), people(analyse("Libya's attorney general, al-Siddiq al-Sour, said "
                + "last week that prosecutors had opened an investigation.", DAY)));
        // after a title the article stays too, not "-Thani"
        assertEquals(Set.of("al-Thani", "Hamad bin Jassim"), people(analyse("Sheikh al-Thani met Hamad bin Jassim on "
                + "Monday.", DAY)));
        // and inside a name read from its given name nothing changes
        assertEquals(Set.of("Bashar al-Assad"), people(analyse("Bashar al-Assad flew to Riyadh on Monday.", DAY)));
        // the surname with its article, capitalised to open a sentence, is the same person
        Analysis a = analyse("Bashar al-Assad met Abdel Fattah el-Sisi in Cairo on Monday. El-Sisi said on Tuesday "
                + "that the talks had gone well.", DAY);
        assertTrue(a.events().stream().anyMatch(e -> e.kind() == org.eventscope.model.EventKind.STATEMENT
                && e.participants().equals(java.util.List.of("Abdel Fattah el-Sisi"))), a.events()::toString);
    }

    @Test
    void aNationalityBeforeAPersonsNameIsNotPartOfIt() {
        Analysis a = analyse("They were welcomed by the American Chris Cassidy and the Russians Anatoly Ivanishin "
                + "and Ivan Vagner on Sunday.", DAY);
        assertEquals(Set.of("Chris Cassidy", "Anatoly Ivanishin", "Ivan Vagner"), people(a));
        // the demonym still points to its country, as "the Russians" does
        assertEquals(Optional.of(ParticipantKind.PLACE), kindOf(a, "United States"), a.participants().toString());
        assertEquals(Set.of("Chris Evert"), people(analyse("American Chris Evert won the final on Saturday.", DAY)));
        // "the Russian Soyuz" is a spacecraft of Russia, nobody's name
        assertEquals(Set.of(), people(analyse("Astronauts flew on the Russian Soyuz for nine years.", DAY)));
        // a given name that is also a nationality stays a given name without an article
        assertEquals(Set.of("German Gref"), people(analyse("German Gref said on Monday he would step down.", DAY)));
    }

    @Test
    void aTimeZoneIsNoOrganisation() {
        for (String text : new String[] {"The hatch opened about three hours after the 10.16am (EDT) docking.",
                "All times are in GMT. EDT is four hours behind UTC.",
                "The lander set down at 6:04 p.m. IST on Wednesday, and CET markets had closed."}) {
            Analysis a = analyse(text, DAY);
            for (String zone : new String[] {"EDT", "GMT", "UTC", "IST", "CET"}) {
                assertEquals(Optional.empty(), kindOf(a, zone), text + " " + a.participants());
            }
        }
    }

    @Test
    void aLowerCasePlaceWordAfterANameMakesItAPlace() {
        Analysis a = analyse("An earthquake struck the Noto peninsula on Monday. Officials in Enga province and "
                + "the Reykjanes peninsula said on Monday that roads were cut.", DAY);
        assertEquals(Optional.of(ParticipantKind.PLACE), kindOf(a, "Noto"), a.participants().toString());
        assertEquals(Optional.of(ParticipantKind.PLACE), kindOf(a, "Enga"));
        assertEquals(Optional.of(ParticipantKind.PLACE), kindOf(a, "Reykjanes"));
        ExtractedEvent quake = a.events().get(0);
        assertTrue(quake.participants().contains("Noto"), quake.toString());
        // before a possessive the name may be an adjective: "the Caribbean island's" names no place "Caribbean"
        assertNotEquals(Optional.of(ParticipantKind.PLACE), kindOf(analyse("She was sworn in as the Caribbean "
                + "island's first president.", DAY), "Caribbean"));
    }

    @Test
    void aNameEndingInStationIsAPlaceThatTakesPartInADocking() {
        Analysis a = analyse("SpaceX's Crew Dragon capsule docked with the International Space Station yesterday.", DAY);
        assertEquals(Optional.of(ParticipantKind.PLACE), kindOf(a, "International Space Station"), a.participants().toString());
        assertEquals(1, a.events().size(), a.events().toString());
        assertEquals("2020-05-31", a.events().get(0).when().timeml());
        assertTrue(a.events().get(0).participants().contains("International Space Station"), a.events().toString());
        assertEquals(Optional.of(ParticipantKind.PLACE), kindOf(analyse("Police closed Penn Station on Monday.", DAY),
                "Penn Station"));
    }

    @Test
    void aQuotedTitleAndOneWordIsANicknameNotAPerson() {
        Analysis a = analyse("Elon Musk took over Twitter on Thursday. He now describes himself on his profile as "
                + "\"Chief Twit\".", DAY);
        assertTrue(people(a).stream().noneMatch(p -> p.contains("Twit")), people(a).toString());
        // a quoted name with its title stays a person when the quote holds more than the name
        assertEquals(Set.of("Joe Biden"), people(analyse("\"President Joe Biden will attend,\" the White House said "
                + "on Monday.", DAY)));
    }

    @Test
    void twoUnknownWordsThatWinTheWomensOrMensTitleAreAPerson() {
        Analysis a = analyse("Tennis results. On Saturday Simona Halep won the women's title in 56 minutes.", DAY);
        assertEquals(Set.of("Simona Halep"), people(a));
        assertEquals(Set.of("Novak Djokovic"), people(analyse("Tennis results. Novak Djokovic wins the men's final.", DAY)));
    }

    @Test
    void aNameAfterAVerbOfLeavingAndFromIsAPlace() {
        Analysis a = analyse("Space news. The mission was launched from Sriharikota last month. The Soyuz lifted off "
                + "from Baikonur on Monday.", DAY);
        assertEquals(Optional.of(ParticipantKind.PLACE), kindOf(a, "Sriharikota"), a.participants().toString());
        assertEquals(Optional.of(ParticipantKind.PLACE), kindOf(a, "Baikonur"));
        // "a letter from X" says nothing of a place
        assertNotEquals(Optional.of(ParticipantKind.PLACE), kindOf(analyse("Football news. A letter from "
                + "Kvaratskhelia arrived on Monday.", DAY), "Kvaratskhelia"));
    }

    @Test
    void heAfterASentenceAboutThePlayerIsTheArticlesMainPersonNotTheLastPersonNamed() {
        String text = "Djokovic leaves Australia\n\nNovak Djokovic left Australia on Sunday night after losing his "
                + "appeal. Djokovic had been held in a hotel. Scott Morrison, the prime minister, welcomed the decision "
                + "on Monday. The saga raised questions about the player's own conduct. Last Wednesday he admitted an "
                + "error of judgement.";
        Analysis a = analyse(text, "2022-01-17");
        ExtractedEvent admission = a.events().stream().filter(e -> e.when().timeml().equals("2022-01-12")).findFirst()
                .orElseThrow(() -> new AssertionError(a.events().toString()));
        assertEquals(java.util.List.of("Novak Djokovic"), admission.participants(), admission.toString());
        // with nothing said of "the player" in between, "he" stays the last person named
        Analysis b = analyse(text.replace("the player's own conduct", "the decision"), "2022-01-17");
        ExtractedEvent other = b.events().stream().filter(e -> e.when().timeml().equals("2022-01-12")).findFirst()
                .orElseThrow(() -> new AssertionError(b.events().toString()));
        assertEquals(java.util.List.of("Scott Morrison"), other.participants(), other.toString());
    }

    @Test
    void aRegnalNumberEndsTheNameOfAPopeOrAMonarch() {
        assertEquals(Set.of("Benedict XVI"), people(analyse("Pope Benedict XVI stunned the Catholic Church on Monday "
                + "by announcing that he would step down.", DAY)));
        assertEquals(Set.of("Louis XIV"), people(analyse("Louis XIV moved the court to Versailles in 1682.", DAY)));
        // "President Xi" is no name ending in a numeral
        assertEquals(Set.of("Xi Jinping"), people(analyse("President Xi Jinping arrived in Moscow on Monday.", DAY)));
    }

    @Test
    void aRunOfCapitalisedWordsInsideASentenceWithAnUnknownOneIsAnOrganisationsName() {
        Analysis a = analyse("Shares in Stellantis, the carmaker created by the merger of Fiat Chrysler Automobiles and "
                + "France's PSA, began trading in Milan on Monday.", DAY);
        // not a place for being joined by "and" to "France's", which owns the next name
        assertEquals(Optional.of(ParticipantKind.ORGANIZATION), kindOf(a, "Fiat Chrysler Automobiles"),
                a.participants().toString());
        assertEquals(Set.of(), people(a));
        // a title-case headline's words say nothing of the sort
        Analysis h = analyse("Stellantis Makes Market Debut After Merger\n\nShares rose on Monday.", DAY);
        assertEquals(Optional.empty(), kindOf(h, "Makes Market Debut"), h.participants().toString());
    }

    @Test
    void aMarketsIndexIsNoPerson() {
        Analysis a = analyse("The Hang Seng index plunged 420 points on Monday. Hours later the Dow Jones industrial "
                + "average fell 508 points, and the Bovespa share index lost 9 percent.", "1987-10-20");
        assertEquals(Set.of(), people(a), "an index named after its makers or its market is nobody");
        for (String index : new String[] {"Hang Seng", "Dow Jones"}) {
            assertEquals(Optional.of(ParticipantKind.ORGANIZATION), kindOf(a, index), a.participants().toString());
        }
        assertTrue(a.events().stream().anyMatch(e -> e.title().startsWith("Hang Seng ")), a.events()::toString);
        // a person with a lower-case word after the name stays a person
        assertEquals(Set.of("Carlos Ortega"), people(analyse("Carlos Ortega indexed the archive on Monday.", DAY)));
    }

    @Test
    void aHyphenatedTownAParticleAfterADashAndADemonymsSeaAreWholeNames() {
        Analysis a = analyse("Wagner fighters seized Rostov-on-Don on Saturday. General Mohammad Zia ul-Haq seized power "
                + "on Tuesday. The tsunami crossed the Indian Ocean on Sunday, and a tanker was hit in the Persian Gulf.",
                "1977-07-07");
        for (String place : new String[] {"Rostov-on-Don", "Indian Ocean", "Persian Gulf"}) {
            assertEquals(Optional.of(ParticipantKind.PLACE), kindOf(a, place), a.participants().toString());
        }
        assertEquals(Set.of("Mohammad Zia ul-Haq"), people(a));
        // the ocean is not India, nor the gulf Iran
        assertEquals(Optional.empty(), kindOf(a, "India"), a.participants().toString());
        assertEquals(Optional.empty(), kindOf(a, "Iran"), a.participants().toString());
    }

    @Test
    void aNameBeforePartyIsThePartysWhateverItsWordsButACommonWordIsNoParty() {
        Analysis a = analyse("The ruling Georgian Dream party won the election on Saturday. The Civic Platform party "
                + "won in Warsaw on Sunday, and a bomb went off near the Jamiat Ulema-e-Islam party office.", DAY);
        for (String party : new String[] {"Georgian Dream", "Civic Platform", "Jamiat Ulema-e-Islam"}) {
            assertEquals(Optional.of(ParticipantKind.ORGANIZATION), kindOf(a, party), a.participants().toString());
        }
        assertEquals(Optional.empty(), kindOf(a, "Georgia"), "the party is not the country");
        Analysis none = analyse("No party won a majority on Sunday. Opposition parties said on Monday they would "
                + "file a motion.", DAY);
        assertEquals(Optional.empty(), kindOf(none, "No"), none.participants().toString());
        assertEquals(Optional.empty(), kindOf(none, "Opposition"), none.participants().toString());
    }

    @Test
    void aNumberedMissionOrSummitKeepsItsNumberAndTwoNumbersAreTwoNames() {
        Analysis a = analyse("India's Chandrayaan-3 landed on Wednesday. Chandrayaan-2 crashed in 2019, and delegates "
                + "at COP27 agreed a fund on Sunday.", DAY);
        java.util.Set<String> names = new java.util.HashSet<>();
        a.entities().forEach(m -> names.add(m.name()));
        assertTrue(names.containsAll(Set.of("Chandrayaan-3", "Chandrayaan-2", "COP27")), names::toString);
        assertNotEquals(Names.key("Chandrayaan-1"), Names.key("Chandrayaan-3"), "a number tells two missions apart");
        assertEquals(Names.key("Airbus A350"), Names.key("AIRBUS A350"));
    }

    @Test
    void aConventionOrConferenceIsAnOrganisation() {
        Analysis a = analyse("Trump spoke at the Republican National Convention on Thursday, and ministers met at the "
                + "Ukraine Recovery Conference in London on Wednesday.", DAY);
        for (String org : new String[] {"Republican National Convention", "Ukraine Recovery Conference"}) {
            assertEquals(Optional.of(ParticipantKind.ORGANIZATION), kindOf(a, org), a.participants().toString());
        }
    }

    @Test
    void aCitysLowerCaseWordAChineseGivenNamesDashAndASaintsSquareStayInsideTheName() {
        Analysis a = analyse("Magufuli died in Dar es Salaam on Wednesday. Taiwan's President Tsai Ing-wen boarded a "
                + "frigate on Wednesday, and crowds gathered in St Peter's Square on Monday.", DAY);
        assertEquals(Set.of("Magufuli", "Tsai Ing-wen"), people(a));
        assertEquals(Optional.of(ParticipantKind.PLACE), kindOf(a, "Dar es Salaam"), a.participants().toString());
        assertEquals(Optional.of(ParticipantKind.PLACE), kindOf(a, "St Peter's Square"), a.participants().toString());
    }

    @Test
    void aCompanyNamedWithItsPossessiveKeepsIt() {
        Analysis a = analyse("Sotheby's sold the painting on Wednesday. Moody's cut the rating on Friday, and "
                + "McDonald's closed its stores in Moscow on Monday.", DAY);
        for (String company : new String[] {"Sotheby's", "Moody's", "McDonald's"}) {
            assertEquals(Optional.of(ParticipantKind.ORGANIZATION), kindOf(a, company), a.participants().toString());
        }
        // an owner's possessive stays the owner's
        assertEquals(Set.of("Vladimir Putin"), people(analyse("Vladimir Putin's spokesman spoke on Monday.", DAY)));
    }
}
