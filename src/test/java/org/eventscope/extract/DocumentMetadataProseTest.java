package org.eventscope.extract;

import org.eventscope.model.DateSource;
import org.eventscope.model.DocumentInfo;
import org.eventscope.model.TimeValue;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What an article says about itself in its first lines. */
class DocumentMetadataProseTest {

    @Test
    void aDateToldInTheFirstParagraphsProseIsNotThePublicationDate() {
        DocumentInfo d = DocumentMetadata.read("""
                Lavrov met Medoev on November 12 in Moscow, where the minister is on a three-day trip to the capital.

                Moscow recognized the independence of Abkhazia and South Ossetia on August 26, 2008, two weeks after the war.
                """, "a.txt");
        assertNull(d.published());
        assertEquals(DateSource.UNKNOWN, d.publishedFrom());
    }

    @Test
    void aCapitalsDatelineGivesDayAndMonthWithoutInventingTheYear() {
        DocumentInfo d = DocumentMetadata.read("Syria talks stall\n\nBEIRUT, Feb 3 (AFP) - UN special envoy Geir Pedersen "
                + "said on Thursday that the Constitutional Committee would not meet before April, after delegates left.",
                "b.txt");
        assertEquals(new TimeValue.YearUnknown(2, 3), d.published());
        assertEquals("Syria talks stall", d.title());
    }

    @Test
    void aHeaderLineGivesTheDateAndABylineTheAuthor() {
        DocumentInfo d = DocumentMetadata.read(" date 2021-01-25 UrduPoint.com\nTitle of it\n\n"
                + "Faizan Hashmi 4 minutes ago Mon 25th January 2021 | 05:40 PM\n\nText.", "c.txt");
        assertEquals(new TimeValue.Day(LocalDate.of(2021, 1, 25)), d.published());
        assertEquals(DateSource.HEADER, d.publishedFrom());
        assertEquals("Faizan Hashmi", d.author());
        assertEquals("Title of it", d.title());
    }
}
