package org.eventscope.extract;

import org.eventscope.model.DateSource;
import org.eventscope.model.DocumentInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The publication date and title an article gives itself in its first lines. */
class DocumentMetadataTest {

    @Test
    void aLeadingDateHeaderGivesTheDateAndTheNextLineTheTitle() {
        DocumentInfo i = DocumentMetadata.read(" date 2021-01-25 UrduPoint.com\nForeign Ministers Sign a Plan\n\nBody text.", "a.txt");
        assertEquals("2021-01-25", i.published().timeml());
        assertEquals(DateSource.HEADER, i.publishedFrom());
        assertEquals("Foreign Ministers Sign a Plan", i.title());
    }

    @Test
    void aHeaderFollowedByTheArticleOnTheSameLineTitlesItWithTheFirstSentence() {
        DocumentInfo i = DocumentMetadata.read(" date 2021-12-21 The minister on December 20 hosted two envoys in Sochi. They talked.", "b.txt");
        assertEquals("2021-12-21", i.published().timeml());
        assertEquals("The minister on December 20 hosted two envoys in Sochi. They talked.", i.title());
    }

    @ParameterizedTest(name = "dateline \"{0}\" gives {1}")
    @CsvSource(delimiterString = " => ", value = {
            "MOSCOW (UrduPoint News / Sputnik - 25th January, 2021) Officials met on Monday to sign a new plan for the years ahead, the ministry said in a statement. => 2021-01-25",
            "Thu, 28/12/2023 - 16:00 => 2023-12-28",
            "19 April 2017 17:22 => 2017-04-19",
            "12 Feb, 2010 05:44 => 2010-02-12",
            "MOSCOW, October 2. /TASS/ => XXXX-10-02",
            "Mon 25th January 2021 | 05:40 PM => 2021-01-25",
            "Published: March 3, 2019 => 2019-03-03",
            "2016-07-14 09:00 => 2016-07-14",
            "12/28/2023 => 2023-12-28",
            "Published: 2024-03-05T10:02:00Z => 2024-03-05",
            "2024-03-05T22:15:00+03:00 => 2024-03-05",
            "Published On 2 Apr 20242 Apr 2024 => 2024-04-02",
    })
    void datelines(String line, String expected) {
        DocumentInfo i = DocumentMetadata.read("A Headline About Something\n\n" + line + "\n\nThe body of the article follows here.", "c.txt");
        assertEquals(expected, i.published().timeml());
        assertEquals(DateSource.DATELINE, i.publishedFrom());
        assertEquals("A Headline About Something", i.title());
    }

    @Test
    void datesInsideTheProseAreNotThePublicationDate() {
        DocumentInfo i = DocumentMetadata.read("The minister met his counterpart on November 12 in the capital, the ministry said in a long statement.\n\n"
                + "Moscow recognized the independence of the two regions on August 26, 2008, two weeks after the end of the war.", "d.txt");
        assertNull(i.published());
        assertEquals(DateSource.UNKNOWN, i.publishedFrom());
    }

    @Test
    void aBylineGivesTheAuthorAndIsNotTheTitle() {
        DocumentInfo i = DocumentMetadata.read("Ministers Sign Plan\n\nFaizan Hashmi 4 minutes ago Mon 25th January 2021 | 05:40 PM\n\nText.", "e.txt");
        assertEquals("Faizan Hashmi", i.author());
        assertEquals("2021-01-25", i.published().timeml());
        assertEquals("Ministers Sign Plan", i.title());
    }

    @ParameterizedTest(name = "byline \"{0}\" is by {1}")
    @CsvSource(delimiterString = " => ", value = {
            "By Paul Kirby, BBC News => Paul Kirby",
            "By Paul Kirby in Kyiv => Paul Kirby",
            "Written by Paul Kirby => Paul Kirby",
            "By Paul Kirby & Jane Doe => Paul Kirby & Jane Doe",
    })
    void aBylineWithWhereAndForWhomTheAuthorWritesGivesTheAuthorWhoIsNoParticipant(String line, String author) {
        String text = "Minister quits after scandal\n" + line + "\n5 March 2024\n\nThe minister resigned on Monday.";
        DocumentInfo i = DocumentMetadata.read(text, "b.txt");
        assertEquals(author, i.author());
        assertEquals("Minister quits after scandal", i.title());
        var a = new NewsExtractor().analyzeOrThrow(text, i);
        assertTrue(a.participants().stream().noneMatch(p -> p.name().contains("Kirby") || p.name().contains("Kyiv")),
                a.participants()::toString);
    }

    @Test
    void anEmptyOrTitlelessTextIsTitledByItsFileName() {
        assertEquals("f.txt", DocumentMetadata.read("\n\n   \n", "f.txt").title());
    }

    @Test
    void aTitleLabelIsNotPartOfTheTitle() {
        DocumentInfo i = DocumentMetadata.read("Published: 2023-03-01 14:02 GMT\nTitle: Train crash kills dozens in Greece\n\nBody.",
                "c.txt");
        assertEquals("2023-03-01", i.published().timeml());
        assertEquals("Train crash kills dozens in Greece", i.title());
    }

    @Test
    void aPagesFurnitureBelowTheArticleIsNoHappeningAndAPhotoCreditNamesNoParticipant() {
        String text = "Russia recognises Georgia's breakaway regions\n26 August 2008\nShare\n"
                + "Image source, Getty Images\n"
                + "Image caption, The announcement was made on television\n"
                + "Russian President Dmitry Medvedev said on Tuesday that Moscow had recognised South Ossetia and "
                + "Abkhazia.\nRelated Topics\nMore on this story\nGeorgia and Russia clash over South Ossetia\n"
                + "Published 8 August 2008\n";
        var a = new NewsExtractor().analyzeOrThrow(text, DocumentMetadata.read(text, "c.txt"));
        assertEquals(1, a.events().size(), () -> a.events().toString());
        assertEquals("2008-08-26", a.events().get(0).when().timeml());
        assertTrue(a.participants().stream().noneMatch(p -> p.name().contains("Getty")), () -> a.participants().toString());
        // a sentence of the article that opens like a stamp is still the article's
        String body = "Ministers met in Paris on Monday.\n".repeat(7) + "Published on Tuesday, the report blamed the "
                + "agency, and the minister resigned on Tuesday.";
        var b = new NewsExtractor().analyzeOrThrow(body, new DocumentInfo("c.txt", null,
                org.eventscope.model.TimeValue.parse("2024-03-06").orElseThrow(), DateSource.USER, null));
        assertTrue(b.events().stream().anyMatch(e -> e.when().timeml().equals("2024-03-05")), () -> b.events().toString());
    }

    @Test
    void aLinkToAnotherStoryIsNoHappeningOfThisOne() {
        String text = "Sri Lanka president flees\nWed 13 Jul 2022 04.51 BST\n\nThe president left the country early on "
                + "Wednesday.\nRelated: Sri Lanka's prime minister resigns after protesters storm his home\n"
                + "Read more: Protesters stormed the residence on Saturday.\n";
        var a = new NewsExtractor().analyzeOrThrow(text, DocumentMetadata.read(text, "c.txt"));
        assertTrue(a.events().stream().noneMatch(e -> e.sentence().contains("resigns")
                || e.sentence().contains("stormed")), () -> a.events().toString());
    }

    @Test
    void aWireStorysAuthorsAndCreditsAreNoParticipants() {
        String text = "Kenya's Ruto withdraws finance bill after deadly protests\n"
                + "By Duncan Miriri and George Obulutsa\nJune 26, 2024 8:36 PM GMT+3\n"
                + "NAIROBI, June 26 (Reuters) - Kenyan President William Ruto said on Wednesday he would withdraw the "
                + "finance bill.\n"
                + "Protesters march in Nairobi, Kenya, June 25, 2024. REUTERS/Monicah Mwangi\n"
                + "Reporting by Duncan Miriri; Writing by Aaron Ross; Editing by Alex Richardson\n";
        DocumentInfo info = DocumentMetadata.read(text, "c.txt");
        assertEquals("Duncan Miriri and George Obulutsa", info.author());
        var a = new NewsExtractor().analyzeOrThrow(text, info);
        for (String credited : List.of("Miriri", "Obulutsa", "Mwangi", "Ross", "Richardson")) {
            assertTrue(a.participants().stream().noneMatch(p -> p.name().contains(credited)),
                    () -> credited + " in " + a.participants());
        }
        assertTrue(a.participants().stream().anyMatch(p -> p.name().equals("William Ruto")), a.participants()::toString);
    }

    @Test
    void aFilePicturesCaptionDatesNeitherTheArticleNorAHappeningAndAContributorIsNoParticipant() {
        String text = "Senegal's Faye sworn in as youngest president\n"
                + "Bassirou Diomaye Faye has been sworn in as Senegal's president.\n"
                + "FILE - Bassirou Diomaye Faye speaks in Dakar, Senegal, Monday, March 25, 2024. (AP Photo/Mosa'ab "
                + "Elshamy, File)\n"
                + "Published: April 2, 2024\n"
                + "He took the oath of office on Tuesday at a ceremony in Diamniadio, near Dakar.\n"
                + "Associated Press writer Babacar Dione in Dakar contributed to this report.\n";
        DocumentInfo info = DocumentMetadata.read(text, "c.txt");
        assertEquals("2024-04-02", info.published().timeml());
        var a = new NewsExtractor().analyzeOrThrow(text, info);
        assertTrue(a.events().stream().noneMatch(e -> e.when().timeml().equals("2024-03-25")), a.events()::toString);
        assertTrue(a.events().stream().anyMatch(e -> e.when().timeml().equals("2024-04-02")), a.events()::toString);
        for (String credited : List.of("Dione", "Elshamy", "FILE")) {
            assertTrue(a.participants().stream().noneMatch(p -> p.name().contains(credited)),
                    () -> credited + " in " + a.participants());
        }
    }

    @Test
    void aBylineInCapitalsIsTheAuthorNotAnOrganisation() {
        String text = "Kishida says he will step down\nBY MARI YAMAGUCHI AND JOSH BOAK\n"
                + "Updated 4:12 AM GMT+2, August 14, 2024\n"
                + "TOKYO (AP) - Japanese Prime Minister Fumio Kishida said Wednesday he will step down in September.\n";
        DocumentInfo info = DocumentMetadata.read(text, "c.txt");
        assertEquals("Mari Yamaguchi and Josh Boak", info.author());
        assertEquals("Kishida says he will step down", info.title());
        var a = new NewsExtractor().analyzeOrThrow(text, info);
        assertTrue(a.participants().stream().noneMatch(p -> p.name().toUpperCase().contains("YAMAGUCHI")),
                a.participants()::toString);
    }

    @Test
    void aPublicationStampOrBylineIsNotAHappening() {
        String text = "Published: 2023-03-01 14:02 GMT\nPosted on 03/01/2023 by staff\n\n"
                + "A passenger train collided with a freight train late on Tuesday near Larissa.";
        var a = new NewsExtractor().analyzeOrThrow(text, DocumentMetadata.read(text, "c.txt"));
        assertEquals(1, a.events().size(), () -> a.events().toString());
        assertEquals("2023-02-28", a.events().get(0).when().timeml());
        assertEquals("A passenger train collides", a.events().get(0).title());
    }

    @Test
    void theDashAfterAnAgencyDatelineIsNotPartOfTheTitle() {
        DocumentInfo i = DocumentMetadata.read("ASTANA (Reuters) - President Kassym-Jomart Tokayev said on Wednesday the "
                + "government had resigned.\n\nUpdated Jan 5, 2022 10:40 AM", "d.txt");
        assertEquals("President Kassym-Jomart Tokayev said on Wednesday the government had resigned.", i.title());
    }
}
