package org.eventscope.extract;

import org.eventscope.model.Analysis;
import org.eventscope.model.ExtractedEvent;
import org.eventscope.model.ParticipantKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.eventscope.extract.Examples.analyse;
import static org.eventscope.extract.Examples.people;
import static org.eventscope.extract.Examples.kindOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Companies, clubs and places as participants, and names that only look like people's, as examples. */
class OrganisationsAndPlacesTest {

    private static final String DAY = "2024-06-03";

    @Test
    void aTownNamedLikeACommonWordIsAPlaceAfterAPrepositionOfPlace() {
        Analysis a = analyse("The Tour set off from Nice on Aug. 29. Protesters gathered in Admiralty on Saturday. "
                + "The Raptors won in Game 6 on Thursday. He served in Parliament until May.", "2020-09-21");
        assertEquals(Optional.of(ParticipantKind.PLACE), kindOf(a, "Nice"), a.participants()::toString);
        assertEquals(Optional.of(ParticipantKind.PLACE), kindOf(a, "Admiralty"));
        // a numbered thing and an institution stay what they were
        assertTrue(kindOf(a, "Game").isEmpty() || kindOf(a, "Game").get() != ParticipantKind.PLACE);
        assertTrue(kindOf(a, "Parliament").isEmpty() || kindOf(a, "Parliament").get() != ParticipantKind.PLACE);
    }

    @Test
    void aFlightIsNamedWithItsNumber() {
        Analysis a = analyse("Malaysia Airlines Flight 17 was shot down over eastern Ukraine on July 17, 2014.", DAY);
        assertTrue(a.entities().stream().anyMatch(e -> e.name().equals("Malaysia Airlines Flight 17")), a.entities()::toString);
        assertEquals(Set.of(), people(a));
    }

    @Test
    void initialsInCapitalsNameTheOrganisationNamedBefore() {
        Analysis a = analyse("PRAGUE, April 6, 2017 (Reuters) - The Czech National Bank removed its cap on the crown on "
                + "Thursday. The CNB introduced the floor on Nov. 7, 2013, when it feared deflation.", "2017-04-06");
        assertTrue(a.entities().stream().filter(e -> e.text().equals("CNB")).allMatch(e -> e.name().equals("Czech National Bank")),
                a.entities()::toString);
        assertTrue(a.events().stream().anyMatch(e -> e.when().timeml().equals("2013-11-07")
                && e.participants().contains("Czech National Bank")), a.events()::toString);
    }

    @Test
    void anOrganisationShortenedToItsFirstWordIsTheOneNamedInFullAndTitlesUseTheShortForm() {
        Analysis a = analyse("NEW YORK, Oct. 20, 1987 - The Dow Jones industrial average fell 508 points on Monday. The "
                + "previous record was set on Friday, when the Dow fell 108 points. Lehman Brothers Holdings Inc lost "
                + "ground too. Lehman said on Tuesday it had no losses.", "1987-10-20");
        assertTrue(a.entities().stream().filter(e -> e.text().equals("Dow")).allMatch(e -> e.name().equals("Dow Jones")),
                a.entities()::toString);
        ExtractedEvent friday = a.events().stream().filter(e -> e.when().timeml().equals("1987-10-16")).findFirst()
                .orElseThrow();
        assertEquals(List.of("Dow Jones"), friday.participants(), a.events()::toString);
        ExtractedEvent said = a.events().stream().filter(e -> e.when().timeml().equals("1987-10-20")
                && e.participants().contains("Lehman Brothers Holdings")).findFirst().orElseThrow();
        assertTrue(said.title().startsWith("Lehman says"), said::toString);
        // a title word, or a flight named by its number, is no short form of an organisation
        a = analyse("The Amir Foundation Board met on Monday. The late Amir of Kuwait died in 2020. Controllers cleared "
                + "JAL Flight 516 to land on Tuesday. JAL said it was sorry.", DAY);
        assertTrue(a.entities().stream().filter(e -> e.text().equals("Amir") || e.text().equals("JAL"))
                .noneMatch(e -> e.name().contains(" ")), a.entities()::toString);
    }

    @Test
    void aWharfAnAtollOrHeightsArePlacesWhereAHappeningIs() {
        Analysis a = analyse("The ship was sunk at Marsden Wharf late Wednesday. France tested a bomb at Mururoa Atoll in "
                + "1966. Troops shelled the Golan Heights on Friday. Pier Luigi Foschi spoke on Monday.", DAY);
        assertEquals(Optional.of(ParticipantKind.PLACE), kindOf(a, "Marsden Wharf"), a.participants()::toString);
        assertEquals(Optional.of(ParticipantKind.PLACE), kindOf(a, "Mururoa Atoll"));
        assertEquals(Optional.of(ParticipantKind.PLACE), kindOf(a, "Golan Heights"));
        assertTrue(a.events().stream().anyMatch(e -> e.participants().contains("Marsden Wharf")), a.events()::toString);
        assertEquals(Optional.of(ParticipantKind.PERSON), kindOf(a, "Pier Luigi Foschi"));
    }

    @Test
    void aWhereClauseHappensAtThePlaceItFollowsAndHereIsWhereTheWireReportsFrom() {
        Analysis a = analyse("The final text was hammered out in Geneva, where negotiations ended last month. Pigs had "
                + "been sent to the Essex abattoir where the outbreak was detected on Monday.", "1975-08-01");
        assertTrue(a.events().stream().anyMatch(e -> e.when().timeml().equals("1975-07")
                && e.participants().contains("Geneva")), a.events()::toString);
        assertTrue(a.events().stream().anyMatch(e -> e.when().timeml().equals("1975-07-28")
                && e.participants().contains("Essex")), a.events()::toString);
        a = analyse("HELSINKI, Aug. 1 (AP) - Thirty-five leaders signed the Final Act on Friday. The governments began "
                + "talks at Dipoli in November 1972, and their foreign ministers met here in July 1973. \"We are here "
                + "to stay,\" the Soviet leader Leonid Brezhnev said on Thursday.", "1975-08-01");
        assertTrue(a.events().stream().anyMatch(e -> e.when().timeml().equals("1973-07")
                && e.participants().contains("Helsinki")), a.events()::toString);
        assertTrue(a.events().stream().noneMatch(e -> e.when().timeml().equals("1975-07-31")
                && e.participants().contains("Helsinki")), a.events()::toString);
    }

    @Test
    void aCountrysOwnInstitutionActingIsThatCountrysHappeningWhenTheArticleIsAboutIt() {
        Analysis a = analyse("Sri Lanka's president dissolved parliament on Tuesday. Sri Lanka will vote in November. "
                + "The new parliament is to meet on 21 November. Police said on Monday that two men were held.",
                "2024-09-25");
        assertTrue(a.events().stream().anyMatch(e -> e.when().timeml().equals("2024-11-21")
                && e.participants().contains("Sri Lanka")), a.events()::toString);
        assertTrue(a.events().stream().anyMatch(e -> e.when().timeml().equals("2024-09-23")
                && e.participants().contains("Sri Lanka")), a.events()::toString);
        // a country named once says too little: the police may be anyone's
        a = analyse("A tourist from Sri Lanka was robbed in Lisbon. Police said on Monday that two men were held.",
                "2024-09-25");
        assertTrue(a.events().stream().noneMatch(e -> e.participants().contains("Sri Lanka")
                && e.when().timeml().equals("2024-09-23")), a.events()::toString);
    }

    @Test
    void aShipOrANovelNamedAfterItsNounIsANamedThingThatTakesPart() {
        Analysis a = analyse("Explosions sank the Greenpeace flagship Rainbow Warrior in Auckland on Wednesday. Rushdie "
                + "published the novel The Satanic Verses in Britain in September.", "1989-02-14");
        assertTrue(a.events().stream().anyMatch(e -> e.when().timeml().equals("1989-02-08")
                && e.participants().contains("Rainbow Warrior")), a.events()::toString);
        assertTrue(a.events().stream().anyMatch(e -> e.when().timeml().equals("1988-09")
                && e.participants().contains("Satanic Verses")), a.events()::toString);
        assertTrue(!people(a).contains("Rainbow Warrior") && !people(a).contains("Satanic Verses"), people(a)::toString);
    }

    @Test
    void oneWordAfterTheNounOfANamedThingIsItsName() {
        Analysis a = analyse("Officials are waiting for an account of the attack on the intelligence ship Liberty off "
                + "the Sinai coast on Thursday.", "1967-06-12");
        assertTrue(a.events().stream().anyMatch(e -> e.when().timeml().equals("1967-06-08")
                && e.participants().contains("Liberty")), a.events()::toString);
        // the same word without such a noun before it is no name of its own
        a = analyse("Officials are waiting for an account of the attack on Liberty Street on Thursday.", "1967-06-12");
        assertTrue(a.participants().stream().noneMatch(p -> p.name().equals("Liberty")), a.participants()::toString);
    }

    @Test
    void aClubNamedAfterItsTownIsAnOrganisationAndTheTextsShortFormOfIt() {
        Analysis a = analyse("City won the FA Cup by beating Manchester United at Wembley a week earlier. United said "
                + "on Monday that the manager would stay. Tottenham Hotspur drew 2-2 at Chelsea on Sunday.", "2023-06-11");
        assertEquals(Optional.of(ParticipantKind.ORGANIZATION), kindOf(a, "Manchester United"), a.participants()::toString);
        assertTrue(a.events().stream().anyMatch(e -> e.title().startsWith("City won")
                && e.participants().contains("Manchester United")), a.events()::toString);
        assertTrue(a.events().stream().anyMatch(e -> e.when().timeml().equals("2023-06-05")
                && e.participants().equals(List.of("Manchester United"))), a.events()::toString);
        assertTrue(people(a).isEmpty(), people(a)::toString);
        // the country and the body named with "United" stay what they are
        assertEquals(Optional.of(ParticipantKind.PLACE), kindOf(analyse("The United States voted on Monday.",
                "2023-06-11"), "United States"));
    }

    @Test
    void aMountainRangeIsNamedInFullThoughItsFirstWordNamesAPlace() {
        Analysis a = analyse("Most of the dead lived in the valleys below the Cordillera Blanca, where the earthquake "
                + "struck on Sunday afternoon.", "1970-06-02");
        assertEquals(Optional.of(ParticipantKind.PLACE), kindOf(a, "Cordillera Blanca"), a.participants()::toString);
        assertEquals(Optional.empty(), kindOf(a, "Cordillera"));
    }

    @Test
    void aPalaceOrACathedralIsABuildingNamedInFullWithItsOf() {
        Analysis a = analyse("The government is still reeling from the Palace of Justice siege a week earlier.",
                "1985-11-16");
        assertTrue(a.events().stream().anyMatch(e -> e.participants().contains("Palace of Justice")),
                a.events()::toString);
        assertTrue(people(analyse("Habibie was sworn in at Merdeka Palace on Thursday.", "1998-05-22"))
                .equals(Set.of("Habibie")));
    }

    @Test
    void theNameAHappeningIsKnownByTakesPartThoughItIsACommonWord() {
        Analysis a = analyse("Its launch had been delayed for years, most recently by the Challenger disaster in January "
                + "1986.", "1990-04-25");
        assertTrue(a.events().stream().anyMatch(e -> e.when().timeml().equals("1986-01")
                && e.participants().equals(List.of("Challenger"))), a.events()::toString);
        // the same word before another noun stays a common word
        a = analyse("The challenger lost the final on Sunday. A Challenger tank was destroyed on Monday.", "1990-04-25");
        assertTrue(a.participants().stream().noneMatch(p -> p.name().equals("Challenger")), a.participants()::toString);
    }

    @Test
    void aPactNamedAfterThePlaceItWasMadeNamesThatPlace() {
        Analysis a = analyse("It has been a long road since the Maastricht treaty was signed in February 1992, and few "
                + "people believed then that France and Germany would manage it.", "1999-01-02");
        ExtractedEvent signed = a.events().stream().filter(e -> e.when().timeml().equals("1992-02")).findFirst()
                .orElseThrow(() -> new AssertionError(a.events().toString()));
        assertEquals(List.of("Maastricht"), signed.participants());
        // the title tells the pact; the clause after ", and few people believed" is another's
        assertEquals("The Maastricht treaty is signed", signed.title());
        assertEquals(Optional.of(ParticipantKind.PLACE), kindOf(analyse("Sadat won fame after the Camp David accords "
                + "of September 1978.", "1981-10-07"), "Camp David"));
        // a pact named after its makers is no place
        assertEquals(Optional.empty(), kindOf(analyse("The Sykes-Picot agreement was signed in May 1916.",
                "1920-01-01"), "Sykes-Picot").filter(k -> k == ParticipantKind.PLACE));
    }

    @Test
    void aPeoplesNameBeforeItsTroopsCraftOrExpertsMakesItsCountryTakePart() {
        Analysis a = analyse("On Saturday an American reconnaissance aircraft was shot down over the island. Swedish "
                + "experts established on Monday that the cloud had come from the east. Officials described "
                + "Thursday's attack by Israeli aircraft and torpedo boats.", "1967-10-31");
        ExtractedEvent down = a.events().stream().filter(e -> e.when().timeml().equals("1967-10-28")).findFirst()
                .orElseThrow(() -> new AssertionError(a.events().toString()));
        assertTrue(down.participants().contains("United States"), down::toString);
        // (what underwent it is told as the text tells it, not as "United States is shot down")
        assertTrue(down.title().startsWith("An American reconnaissance aircraft"), down::toString);
        assertTrue(a.events().stream().anyMatch(e -> e.when().timeml().equals("1967-10-30")
                && e.participants().contains("Sweden")), a.events()::toString);
        assertTrue(a.events().stream().anyMatch(e -> e.when().timeml().equals("1967-10-26")
                && e.participants().contains("Israel")), a.events()::toString);
        // a people's name before a base or a word of another clause is no actor: "every Fijian after parliament"
        Analysis b = analyse("Clark Air Base, the biggest American air base abroad, was evacuated on June 10. Rabuka "
                + "promised to govern for every Fijian after parliament installed him on Saturday.", "1991-06-15");
        assertTrue(b.events().stream().noneMatch(e -> e.participants().contains("United States")
                || e.participants().contains("Fiji")), b.events()::toString);
    }

    @Test
    void aWorksTitleInQuotationMarksAfterItsNounIsANamedThingButAChantOfAManIsNot() {
        Analysis a = analyse("Khomeini called on Moslems to kill Salman Rushdie, the author of \"The Satanic Verses,\" "
                + "on Tuesday. The film \"Parasite\" won four Oscars on Sunday.", "1989-02-15");
        assertTrue(a.events().stream().anyMatch(e -> e.when().timeml().equals("1989-02-14")
                && e.participants().contains("Satanic Verses")), a.events()::toString);
        assertTrue(a.events().stream().anyMatch(e -> e.when().timeml().equals("1989-02-12")
                && e.participants().contains("Parasite")), a.events()::toString);
        // found again in quotation marks at a sentence's start; "the same prize" is a prize, not prizing
        a = analyse("Khomeini called on Moslems to kill Salman Rushdie, the author of \"The Satanic Verses,\" on "
                + "Tuesday. \"The Satanic Verses\" was short-listed for the same prize last year.", "1989-02-15");
        assertTrue(a.events().stream().anyMatch(e -> e.when().timeml().equals("1988")
                && e.participants().contains("Satanic Verses") && !e.title().contains("prizes")), a.events()::toString);
        a = analyse("Roger Federer lost on Sunday. Djokovic turned the chants of \"Roger\" into support for himself on "
                + "Sunday.", "2019-07-15");
        assertTrue(a.entities().stream().filter(e -> e.text().equals("Roger")).noneMatch(e -> e.kind()
                == ParticipantKind.ORGANIZATION), a.entities()::toString);
    }

    @Test
    void aPlazaOrAMallIsNoPersonAndHeIsTheManNamedBesideIt() {
        Analysis a = analyse("Mohammed Sohel Rana, the owner of the Rana Plaza building that caved in last Wednesday, was "
                + "arrested yesterday. A spokesman said he would be produced before a Dhaka court today.", "2013-04-29");
        assertEquals(Set.of("Mohammed Sohel Rana"), people(a));
        assertTrue(a.events().stream().filter(e -> e.when().timeml().equals("2013-04-29"))
                .allMatch(e -> e.participants().contains("Mohammed Sohel Rana")), a.events()::toString);
    }

    @Test
    void aMountainALakeOrASaintsTownIsAPlaceByItsFirstWord() {
        Analysis a = analyse("The Nevado del Ruiz volcano erupted on Wednesday night. It is the deadliest eruption since "
                + "Mount Pelee destroyed the town of Saint-Pierre in 1902. The plane crashed into Lake Victoria.",
                "1985-11-17");
        for (String place : List.of("Nevado del Ruiz", "Mount Pelee", "Saint-Pierre", "Lake Victoria")) {
            assertEquals(Optional.of(ParticipantKind.PLACE), kindOf(a, place), place);
        }
        assertTrue(people(a).isEmpty(), () -> people(a).toString());
    }

    @Test
    void aMountainOrALakeOpeningASentenceIsStillAPlace() {
        Analysis a = analyse("CATANIA, Italy, May 3, 2021 (AP) - Mount Etna blew out a plume of ash on Sunday. Lake "
                + "Chad has shrunk by nine tenths since 1963.", "2021-05-03");
        assertEquals(Optional.of(ParticipantKind.PLACE), kindOf(a, "Mount Etna"), a.participants()::toString);
        assertEquals(Optional.of(ParticipantKind.PLACE), kindOf(a, "Lake Chad"), a.participants()::toString);
    }

    @Test
    void capitalisedCommonWordsAfterTheInsideASentenceNameAThing() {
        Analysis a = analyse("The writers' strike continued. In January the Golden Globes were reduced to a news "
                + "conference.", "2008-02-12");
        assertTrue(kindOf(a, "Golden Globes").isPresent(), a.participants()::toString);
        assertTrue(a.events().stream().anyMatch(e -> e.when().timeml().equals("2008-01")
                && e.participants().contains("Golden Globes")), a.events()::toString);
        assertTrue(people(a).isEmpty(), () -> people(a).toString());
    }

    @Test
    void theSiteNamedBeforeTakesPartInTheHappeningsOfTheSiteNoun() {
        Analysis a = analyse("Relatives kept vigil since the San Jose copper and gold mine caved in on August 5. Evo "
                + "Morales landed in Copiapo on Wednesday morning and went straight to the mine to greet the miners.",
                "2010-10-13");
        assertTrue(a.events().stream().filter(e -> e.when().timeml().equals("2010-10-13"))
                .anyMatch(e -> e.participants().contains("San Jose")), a.events()::toString);
    }

    @Test
    void aNamedStormTakesPartInItsDisasterAndItsNameAloneStandsForIt() {
        Analysis a = analyse("NASSAU, Bahamas, Sept. 2, 2019 (AP) — Hurricane Dorian sat over Grand Bahama on Monday, "
                + "a day after it tore through the Abaco Islands. Dorian killed at least five people there on Sunday.",
                "2019-09-02");
        assertEquals(Set.of(), people(a));
        assertTrue(a.entities().stream().filter(e -> e.text().equals("Dorian")).allMatch(e -> e.name().equals("Hurricane Dorian")),
                a.entities()::toString);
        assertTrue(a.events().stream().anyMatch(e -> e.when().timeml().equals("2019-09-01")
                && e.participants().contains("Hurricane Dorian")), a.events()::toString);
    }

    @Test
    void aCapitalisedCommonWordDoingACompanysBusinessIsAnOrganisation() {
        for (String text : List.of("Grab announced the acquisition on Monday.",
                "Grab said on Tuesday it would cut 1,000 jobs.",
                "Uber sold its Southeast Asian business to regional rival Grab on Monday.",
                "The board of Grab met on Monday. Grab's shares rose 4 per cent.")) {
            Analysis a = analyse(text, DAY);
            assertEquals(Optional.of(ParticipantKind.ORGANIZATION), kindOf(a, "Grab"), text + " " + a.participants());
        }
        // people speak of "it" too: a plural or a quantifier opening the sentence is no company
        assertEquals(List.of(), analyse("Analysts said on Monday it was unclear.", DAY).participants());
        assertEquals(List.of(), analyse("Many said on Monday it was too late.", DAY).participants());
    }

    @Test
    void aKnownCompanyStaysAnOrganisationWhenItsStatementMentionsHe() {
        Analysis a = analyse("Lufthansa said on Monday he would not comment on the strike.", DAY);
        assertEquals(Set.of(), people(a));
        assertEquals(Optional.of(ParticipantKind.ORGANIZATION), kindOf(a, "Lufthansa"));
    }

    @Test
    void aCityBeforeATeamsNicknameOrACompanysWordIsNoPersonButACityBeforeASurnameIs() {
        assertEquals(Set.of(), people(analyse("The Orlando Magic beat the Celtics on Sunday.", DAY)));
        assertEquals(Set.of(), people(analyse("Austin Energy said power was restored on Friday.", DAY)));
        assertEquals(Set.of(), people(analyse("Houston Rockets said on Monday that the guard had left.", DAY)));
        assertEquals(Set.of("Orlando Bloom"), people(analyse("Orlando Bloom arrived in Cannes on Monday.", DAY)));
        assertEquals(Set.of("Austin Butler"), people(analyse("Austin Butler said on Monday he would star in it.", DAY)));
    }

    @Test
    void tournamentsAndAccordsNamedAfterSomethingAreNoPeople() {
        assertEquals(Set.of("Rose Zhang"),
                people(analyse("Golfer Rose Zhang won the Mizuho Americas Open by three strokes.", DAY)));
        assertEquals(Set.of(), people(analyse("The Abraham Accords were signed at the White House in 2020.", DAY)));
    }

    @Test
    void namesBeforeAGroupOfPeopleOrAfterInAndTwoDemonymsNameNoOne() {
        assertEquals(Set.of(), people(analyse("Mato Grosso farmers protested on Monday.", DAY)));
        assertEquals(Set.of("Masoud Barzani"), people(analyse(
                "Iraqi Kurdish leader Masoud Barzani received the U.S. ambassador in Erbil on Sunday.", DAY)));
        Analysis a = analyse("\"We will rebuild,\" said Yousef Abu Rish, a municipal official in Khan Younis.", DAY);
        assertEquals(Set.of("Yousef Abu Rish"), people(a));
        assertEquals(Optional.of(ParticipantKind.PLACE), kindOf(a, "Khan Younis"));
    }

    @Test
    void anOccupationOpeningASentenceAndAnElectTitleAreTheTitlesOfTheNameAfterThem() {
        Analysis a = analyse("Midfielder Jordan Henderson left Al-Ettifaq in January to join Ajax.", DAY);
        assertEquals(Set.of("Jordan Henderson"), people(a));
        assertEquals("Midfielder", a.participants().stream().filter(p -> p.name().equals("Jordan Henderson"))
                .findFirst().orElseThrow().title());
        Analysis b = analyse("Romania's president-elect Nicusor Dan met the prime minister on Monday.", DAY);
        assertEquals("president-elect", b.participants().stream().filter(p -> p.name().equals("Nicusor Dan"))
                .findFirst().orElseThrow().title());
    }

    @Test
    void aPlaceNameJoinedByADashOrOwningAStationIsAPlace() {
        Analysis a = analyse("The volcano Hunga Tonga-Hunga Ha'apai erupted on Saturday.", DAY);
        assertEquals(Optional.of(ParticipantKind.PLACE), kindOf(a, "Hunga Tonga-Hunga Ha'apai"), a.participants().toString());
        assertEquals(Set.of(), people(a));
        Analysis b = analyse("The canopy of Novi Sad's railway station collapsed on 1 November.", DAY);
        assertEquals(Optional.of(ParticipantKind.PLACE), kindOf(b, "Novi Sad"), b.participants().toString());
    }

    @Test
    void aDemonymBeforeAGroupThatActsMakesItsCountryAParticipant() {
        Analysis a = analyse("Dozens of Filipino supporters gathered outside the court on Wednesday.", DAY);
        assertTrue(a.events().stream().map(ExtractedEvent::participants).anyMatch(p -> p.contains("Philippines")),
                a.events().toString());
    }

    @Test
    void aKnownCompanyOpeningASentenceKeepsItsFirstWordThoughItIsACommonWord() {
        // "Royal" opening a sentence is no mere capital when the lists know the whole company's name
        Analysis a = analyse("Royal Dutch Shell cut its dividend on Monday.", DAY);
        assertTrue(a.events().stream().anyMatch(e -> e.participants().contains("Royal Dutch Shell")),
                a.events().toString());
    }

    @Test
    void aHyphenatedCountryNameAndALandEndingInStanArePlaces() {
        Analysis a = analyse("Timor-Leste joined the bloc on Sunday. Protests shook Karakalpakstan on Friday.", DAY);
        assertEquals(Optional.of(ParticipantKind.PLACE), kindOf(a, "Timor-Leste"), a.participants()::toString);
        assertEquals(Optional.of(ParticipantKind.PLACE), kindOf(a, "Karakalpakstan"), a.participants()::toString);
        assertEquals(Optional.of(ParticipantKind.PLACE), kindOf(analyse("Voters in Guinea-Bissau went to the polls "
                + "on Sunday.", DAY), "Guinea-Bissau"));
    }

    @Test
    void aPersonNamedLikeACountryIsAPersonAfterATitleOrAnHonorific() {
        Analysis a = analyse("Prime Minister Luis Montenegro called the vote. Mr Montenegro's minority government lost "
                + "a confidence vote on 11 March.", DAY);
        assertEquals(Optional.of(ParticipantKind.PERSON), kindOf(a, "Luis Montenegro"), a.participants()::toString);
        assertEquals(Optional.of(ParticipantKind.PLACE), kindOf(analyse("Voters in Montenegro went to the polls on "
                + "Sunday.", DAY), "Montenegro"));
    }

    @Test
    void aMonthInsideADateIsNoPlaceOrPerson() {
        Analysis a = analyse("A magnitude 6.5 tremor in May last year killed one man in Suzu.", DAY);
        assertTrue(a.entities().stream().noneMatch(e -> e.text().equals("May")), a.entities()::toString);
        assertTrue(a.events().stream().noneMatch(e -> e.participants().contains("May")), a.events()::toString);
    }

    @Test
    void aTownNoListKnowsLiesInTheCountryTheArticleNamesMostCountingBodiesNamedAfterIt() {
        Analysis a = analyse("Monday's quake, which the Japan Meteorological Agency put at magnitude 7.6, reached the top "
                + "level on Japan's scale. A tsunami carried away houses in Suzu on Monday. A Japan Airlines jet landed "
                + "safely later.", "2024-01-03");
        assertTrue(a.events().stream().anyMatch(e -> e.participants().containsAll(java.util.List.of("Suzu", "Japan"))),
                a.events()::toString);
    }

    @Test
    void aNameAfterATownNounAndOfIsAPlaceAndWhereItHappened() {
        Analysis a = analyse("He will be buried on March 26 in his home town of Chato, near the lake.", "2021-03-18");
        assertEquals(Optional.of(ParticipantKind.PLACE), kindOf(a, "Chato"), a.participants()::toString);
        assertTrue(a.events().stream().anyMatch(e -> e.participants().contains("Chato")), a.events()::toString);
    }

    @Test
    void aCompanyIsKnownByItsNameWithoutItsLegalFormWhichStaysAnAlias() {
        Analysis a = analyse("Barclays Plc walked away from talks on Sunday, and Bank of America Corp agreed to buy "
                + "Merrill Lynch & Co for $50 billion.", "2008-09-16");
        for (String[] c : new String[][] {{"Barclays", "Barclays Plc"}, {"Bank of America", "Bank of America Corp"},
                {"Merrill Lynch", "Merrill Lynch & Co"}}) {
            assertTrue(a.participants().stream().anyMatch(p -> p.name().equals(c[0]) && p.aliases().contains(c[1])),
                    () -> c[0] + " " + a.participants());
        }
    }
}
