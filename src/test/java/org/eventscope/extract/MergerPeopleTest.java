package org.eventscope.extract;

import org.eventscope.model.EventKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventscope.extract.MergerRoundTest.eventOf;
import static org.eventscope.extract.MergerRoundTest.merge;
import static org.eventscope.extract.MergerTest.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The merger's rules of the round of 24 November, on whose happening a report tells: a person a sentence names
 * beside its own, one person's month and day, one person's sentence told from two places, one story's vote.
 */
class MergerPeopleTest {

    @Test
    void aPurgeTheNextDayThatNamesTheFirstDismissalIsAnotherHappeningNotADisputedDate() {
        String first = "Governor Tomas Reyes announced late on Sunday that he was dismissing the police chief, "
                + "Ana Silva, and suspending the council";
        String next = "Governor Tomas Reyes yesterday sacked the finance secretary, Paulo Otero, a day after he "
                + "dismissed the police chief, Ana Silva, and suspended the council";
        List<MergedEvent> m = merge(
                report(1, EventKind.APPOINTMENT, "2027-07-25", first, "Tomas Reyes", "Ana Silva"),
                report(2, EventKind.APPOINTMENT, "2027-07-26", next, "Tomas Reyes", "Paulo Otero"));
        assertNotSame(eventOf(m, first), eventOf(m, next),
                "the second sentence names Ana Silva only as the day before's dismissal; its own is Paulo Otero's");
        m = merge(
                report(1, EventKind.APPOINTMENT, "2027-07-25", first, "Tomas Reyes", "Ana Silva"),
                report(2, EventKind.APPOINTMENT, "2027-07-26", "Governor Tomas Reyes dismissed the police chief, "
                        + "Ana Silva, and suspended the council yesterday", "Tomas Reyes", "Ana Silva"));
        assertEquals(1, m.size(), "the same dismissal a day apart is one happening whose date is disputed");
    }

    @Test
    void onePersonsOathInAMonthAndOnADayOfItIsOneHappeningInOneStory() {
        String month = "Abiy Ahmed took office in April and within weeks had freed thousands of prisoners, "
                + "lifted a state of emergency and invited exiled opposition groups home";
        String day = "Abiy became prime minister on 2 April";
        List<MergedEvent> m = merge(
                report(1, EventKind.APPOINTMENT, "2018-04", month, "Abiy Ahmed"),
                report(1, EventKind.VISIT, "2018-07-08", "Abiy flew to Asmara on Sunday to meet Isaias Afwerki",
                        "Abiy Ahmed", "Asmara", "Isaias Afwerki"),
                report(2, EventKind.APPOINTMENT, "2018-04-02", day, "Abiy Ahmed"),
                report(2, EventKind.MEETING, "2018-07-08", "Isaias Afwerki greeted Abiy at Asmara airport",
                        "Isaias Afwerki", "Abiy Ahmed", "Asmara"));
        assertSame(eventOf(m, month), eventOf(m, day),
                "the same one person taking office, in one story, is one happening however differently worded");
        m = merge(
                report(1, EventKind.APPOINTMENT, "2018-04", month, "Abiy Ahmed"),
                report(2, EventKind.APPOINTMENT, "2018-04-02", day, "Abiy Ahmed"));
        assertEquals(2, m.size(), "without a story in common, different words in a month and a day stay apart");
    }

    @Test
    void onePersonsSentenceToldFromTheCourtAndFromHomeIsOneButTwoPoliceRaidsAreTwo() {
        String court = "Judges in The Hague sentenced Charles Taylor to 50 years in prison on Wednesday";
        String home = "In Freetown, victims wept as Taylor was jailed for half a century on Wednesday";
        List<MergedEvent> m = merge(
                report(1, EventKind.LEGAL, "2012-05-30", court, "Charles Taylor", "The Hague"),
                report(2, EventKind.LEGAL, "2012-05-30", home, "Charles Taylor", "Freetown"));
        assertSame(eventOf(m, court), eventOf(m, home),
                "a man is sentenced once a day: the court's town and his home town are where it is told from");
        m = merge(
                report(1, EventKind.LEGAL, "2012-05-30", "Police detained 15 people in Lyon on Wednesday",
                        "Police", "Lyon"),
                report(2, EventKind.LEGAL, "2012-05-30", "Police arrested three men in Marseille on Wednesday",
                        "Police", "Marseille"));
        assertEquals(2, m.size(), "an organisation acts in many towns a day: two towns' arrests stay two");
    }

    @Test
    void oneStorysVoteToldByTheCountryAndByTheLoserIsOneButTwoCountriesVotesAreTwo() {
        String country = "Fiji held a general election on December 14, its third since the 2006 coup";
        String loser = "Frank Bainimarama lost the December 14 election after 16 years in power";
        SourcedEvent[] story = {
                report(1, EventKind.STATEMENT, "2022-12-20", "Sitiveni Rabuka said in Suva that FijiFirst had "
                        + "conceded", "Sitiveni Rabuka", "Suva", "FijiFirst"),
                report(2, EventKind.APPOINTMENT, "2022-12-24", "Sitiveni Rabuka was sworn in in Suva, FijiFirst "
                        + "having lost its majority", "Sitiveni Rabuka", "Suva", "FijiFirst")};
        List<MergedEvent> m = merge(report(1, EventKind.APPOINTMENT, "2022-12-14", country, "Fiji"),
                report(2, EventKind.APPOINTMENT, "2022-12-14", loser, "Frank Bainimarama"), story[0], story[1]);
        assertSame(eventOf(m, country), eventOf(m, loser),
                "two outlets of one story tell its election of a day by the country and by the man who lost it");
        m = merge(report(1, EventKind.APPOINTMENT, "2022-12-14", country, "Fiji"),
                report(2, EventKind.APPOINTMENT, "2022-12-14", loser, "Frank Bainimarama"));
        assertEquals(2, m.size(), "without a story in common they share nothing to join them");
        String samoa = "Samoa held a general election on December 14 as well";
        m = merge(report(1, EventKind.APPOINTMENT, "2022-12-14", country, "Fiji"),
                report(2, EventKind.APPOINTMENT, "2022-12-14", samoa, "Samoa"), story[0], story[1]);
        assertNotSame(eventOf(m, country), eventOf(m, samoa), "two countries' votes of a day are two");
    }
}
