package org.eventscope.extract;

import org.eventscope.model.EventKind;
import org.eventscope.model.ExtractedEvent;
import org.eventscope.model.TimeValue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The merger on reports written by hand, as examples. */
class MergerTest {
    static SourcedEvent report(long doc, EventKind kind, String when, String sentence, String... people) {
        TimeValue v = TimeValue.parse(when).orElseThrow();
        return new SourcedEvent(doc, new ExtractedEvent(kind, sentence, v, 0.9, List.of(people), sentence, 0,
                sentence.length(), when));
    }

    /** How many events the standard merger makes of the reports. */
    private static int events(SourcedEvent... reports) {
        return EventMerger.standard().merge(List.of(reports)).size();
    }

    @Test
    void theSameMeetingToldTwiceWithTransliteratedNamesIsOne() {
        List<MergedEvent> m = EventMerger.standard().merge(List.of(
                report(1, EventKind.MEETING, "2021-01-25", "Sergey Lavrov met Dmitry Medoev in Moscow on Monday",
                        "Sergey Lavrov", "Dmitry Medoev"),
                report(2, EventKind.MEETING, "2021-01-25", "Sergei Lavrov held talks with Dmitri Medoev in Moscow",
                        "Sergei Lavrov", "Dmitri Medoev")));
        assertEquals(1, m.size());
        assertFalse(m.get(0).disputed());
    }

    @Test
    void differentMeetingsOnTheSameDayStayApart() {
        List<MergedEvent> m = EventMerger.standard().merge(List.of(
                report(1, EventKind.MEETING, "2021-12-20", "Lavrov met Ardzinba in Sochi", "Sergey Lavrov", "Inal Ardzinba"),
                report(2, EventKind.MEETING, "2021-12-20", "Lavrov met Medoev in Sochi", "Sergey Lavrov", "Dmitry Medoev"),
                report(3, EventKind.STATEMENT, "2021-12-20", "Lavrov said the talks in Sochi went well",
                        "Sergey Lavrov")));
        assertEquals(3, m.size());
    }

    @Test
    void aMonthReportJoinsTheDayItContainsAndAYearUnknownDayJoinsItsDate() {
        List<MergedEvent> m = EventMerger.standard().merge(List.of(
                report(1, EventKind.AGREEMENT, "2017-11-14", "Bibilov and Putin signed a treaty on November 14",
                        "Anatoly Bibilov", "Vladimir Putin"),
                report(2, EventKind.AGREEMENT, "2017-11", "the treaty Bibilov and Putin signed in November 2017",
                        "Anatoly Bibilov", "Vladimir Putin"),
                report(3, EventKind.AGREEMENT, "XXXX-11-14", "Bibilov and Putin signed the treaty on November 14",
                        "Anatoly Bibilov", "Vladimir Vladimirovich Putin")));
        assertEquals(1, m.size());
        assertEquals("2017-11-14", m.get(0).when().timeml());
        assertEquals(3, m.get(0).sources().size());
    }

    @Test
    void aLongSentenceAndAShortOneOnTheSameCrashMergeWhenTheyShareTheNameAndWordsBesideIt() {
        List<MergedEvent> m = EventMerger.standard().merge(List.of(
                report(1, EventKind.DISASTER, "2022-11-06", "A Precision Air passenger plane crashed into Lake Victoria "
                        + "on Sunday as it tried to land at the town of Bukoba in heavy rain, killing 19 people, officials said",
                        "Precision Air"),
                report(2, EventKind.DISASTER, "XXXX-11-06", "The crash of Precision Air flight PW494 into Lake Victoria on "
                        + "November 6 has revived old complaints from pilots about weather radar at small airports", "Precision Air")));
        assertEquals(1, m.size(), "a day whose year the text omits joins the dated day, however long the sentences");
        assertEquals("2022-11-06", m.get(0).when().timeml());
    }

    @Test
    void aHappeningOfUndecidedKindJoinsTheSamePersonsReportOfTheDayInOtherWords() {
        List<MergedEvent> m = EventMerger.standard().merge(List.of(
                report(1, EventKind.OTHER, "2016-09-02", "Karimov died on Friday after suffering a stroke", "Islam Karimov"),
                report(2, EventKind.STATEMENT, "2016-09-02", "The government announced Karimov's death on Friday "
                        + "following days of speculation", "Islam Karimov")));
        assertEquals(1, m.size(), "one person alone on both sides, same day: an undecided kind does not keep them apart");
        List<MergedEvent> other = EventMerger.standard().merge(List.of(
                report(1, EventKind.OTHER, "2016-09-02", "Karimov died on Friday after suffering a stroke", "Islam Karimov"),
                report(2, EventKind.STATEMENT, "2016-09-02", "Putin said on Friday that Karimov had been a friend",
                        "Vladimir Putin", "Islam Karimov")));
        assertEquals(2, other.size(), "another person speaking of him that day tells another happening");
    }

    @Test
    void theSameActorAloneInOneKindOfHappeningOnADayIsOneHappeningInOtherWords() {
        List<MergedEvent> m = EventMerger.standard().merge(List.of(
                report(1, EventKind.PROTEST, "2022-07-04", "About 900 SAS pilots walked out on Monday", "SAS"),
                report(2, EventKind.PROTEST, "2022-07-04", "SAS was hit by a stoppage that grounded half its flights "
                        + "and stranded 30,000 travellers", "SAS")));
        assertEquals(1, m.size(), "a strike told in other words by two outlets, with the airline alone on both sides");
        List<MergedEvent> people = EventMerger.standard().merge(List.of(
                report(1, EventKind.PROTEST, "2024-06-25", "Protesters marched on Ruto's office in Nairobi on Tuesday",
                        "William Ruto", "Nairobi"),
                report(2, EventKind.PROTEST, "2024-06-25", "Supporters of Raila Odinga rallied in Kisumu", "Raila Odinga",
                        "Kisumu")));
        assertEquals(2, people.size(), "other people and another town: two protests of the day");
    }

    @Test
    void oneSharedNameAndLittleElseInCommonKeepsTwoHappeningsOfADayApart() {
        List<MergedEvent> m = EventMerger.standard().merge(List.of(
                report(1, EventKind.STATEMENT, "2022-11-06", "Ruto told reporters in Nairobi that the budget would be cut",
                        "William Ruto"),
                report(2, EventKind.STATEMENT, "2022-11-06", "Ruto said the climate summit must agree on loss and damage funds",
                        "William Ruto")));
        assertEquals(2, m.size());
    }

    @Test
    void datesOneDayApartMakeADisputedEventAndFarDatesTwoEvents() {
        List<MergedEvent> m = EventMerger.standard().merge(List.of(
                report(1, EventKind.MILITARY, "2008-08-07", "Georgia launched an offensive against South Ossetia",
                        "Georgia", "South Ossetia"),
                report(2, EventKind.MILITARY, "2008-08-08", "Georgia attacked South Ossetia at night",
                        "Georgia", "South Ossetia"),
                report(3, EventKind.MILITARY, "2008-09-20", "Georgia shelled South Ossetia again",
                        "Georgia", "South Ossetia")));
        assertEquals(2, m.size());
        MergedEvent first = m.stream().filter(e -> e.sources().size() == 2).findFirst().orElseThrow();
        assertTrue(first.disputed());
    }

    @Test
    void aResignationDatedThursdayByOneOutletAndFridayByAnotherIsOneDisputedEventButTwoDaysApartAreTwoHappenings() {
        List<MergedEvent> m = EventMerger.standard().merge(List.of(
                report(1, EventKind.APPOINTMENT, "2022-07-14", "Gotabaya Rajapaksa resigned on Thursday in an email sent "
                        + "from Singapore", "Gotabaya Rajapaksa", "Singapore"),
                report(2, EventKind.APPOINTMENT, "2022-07-15", "Gotabaya Rajapaksa formally resigned as president on Friday, "
                        + "the speaker announced", "Gotabaya Rajapaksa", "Mahinda Yapa Abeywardena"),
                report(3, EventKind.APPOINTMENT, "2022-07-13", "Ranil Wickremesinghe was appointed acting president on "
                        + "Wednesday", "Ranil Wickremesinghe"),
                report(4, EventKind.APPOINTMENT, "2022-07-15", "Ranil Wickremesinghe was sworn in as acting president on "
                        + "Friday", "Ranil Wickremesinghe")));
        assertEquals(3, m.size(), "the appointment of the 13th and the swearing-in of the 15th are two happenings");
        MergedEvent resigned = m.stream().filter(e -> e.sources().size() == 2).findFirst().orElseThrow();
        assertTrue(resigned.disputed());
        assertEquals(List.of("2022-07-14", "2022-07-15"),
                resigned.sources().stream().map(s -> s.event().when().timeml()).sorted().toList(),
                "each source keeps its own date");
    }

    @Test
    void aReportJoinsTheHappeningItTellsBestNotTheFirstItFits() {
        // the paper's judge's order of the next day would fit the arrest as a disputed date; its own report of the
        // arrest fits it better, and one paper's two happenings cannot be one
        List<MergedEvent> m = EventMerger.standard().merge(List.of(
                report(2, EventKind.LEGAL, "2022-02-16", "A Honduran judge yesterday ordered that former president Juan "
                        + "Orlando Hernández remain in custody while the courts decide on his extradition", "Juan Orlando Hernández"),
                report(1, EventKind.LEGAL, "2022-02-15", "Police arrested former Honduran President Juan Orlando Hernández "
                        + "at his home in the capital on Tuesday after the United States requested his extradition",
                        "Juan Orlando Hernández"),
                report(2, EventKind.LEGAL, "2022-02-15", "Mr Hernández will stay at a police base in the capital, where he "
                        + "has been held since his arrest on Tuesday", "Juan Orlando Hernández")));
        MergedEvent arrest = m.stream().filter(e -> e.sources().size() == 2).findFirst().orElseThrow();
        assertEquals(List.of("2022-02-15", "2022-02-15"), arrest.sources().stream().map(s -> s.event().when().timeml()).toList());
        assertFalse(arrest.disputed());
    }

    @Test
    void aDayJoinsTheSameDayBeforeACoarseDateContainingIt() {
        // "this spring" in the paper contains the wire's day and shares more of its words, but the paper's own
        // "on April 23" tells that day
        List<MergedEvent> m = EventMerger.standard().merge(List.of(
                report(2, EventKind.APPOINTMENT, "2018-SP", "The vote caps a movement that began this spring as street "
                        + "protests against Serzh Sargsyan, who had swapped the presidency for the post of prime minister",
                        "Serzh Sargsyan"),
                report(1, EventKind.APPOINTMENT, "2018-04-23", "Armenian Prime Minister Serzh Sargsyan resigned on Monday "
                        + "after days of street protests against his move from the presidency to the post of prime minister",
                        "Serzh Sargsyan"),
                report(2, EventKind.APPOINTMENT, "2018-04-23", "Mr Sargsyan stepped down on April 23, admitting that the "
                        + "protesters had been right", "Sargsyan")));
        MergedEvent resigned = m.stream().filter(e -> e.sources().size() == 2).findFirst().orElseThrow();
        assertEquals("2018-04-23", resigned.when().timeml());
        assertTrue(resigned.sources().stream().allMatch(s -> s.event().when().timeml().equals("2018-04-23")));
    }

    @Test
    void aDisputedDateIsOneKindsSoAStatementDoesNotJoinTheNextDaysActThroughAThirdReport() {
        List<MergedEvent> m = EventMerger.standard().merge(List.of(
                report(1, EventKind.STATEMENT, "2024-06-25", "President William Ruto said on Tuesday night that the protest "
                        + "had been hijacked by dangerous criminals", "William Ruto"),
                report(2, EventKind.OTHER, "2024-06-26", "President Ruto on Wednesday withdrew the finance bill that had set "
                        + "off nationwide protests", "Ruto"),
                report(3, EventKind.OTHER, "2024-06-25", "Ruto, who had said on Tuesday night that the protest had been "
                        + "hijacked by dangerous criminals, changed course and withdrew the finance bill", "William Ruto")));
        for (MergedEvent e : m) {
            List<Long> docs = e.sources().stream().map(SourcedEvent::documentId).toList();
            assertFalse(docs.contains(1L) && docs.contains(2L), "the speech of the 25th is not the withdrawal of the 26th");
        }
    }

    @Test
    void aReportNamingACountryByItsDemonymNamesThatCountry() {
        // "Lebanese families" names Lebanon: the truce's report with Lebanon does not conflict with one with Israel
        assertEquals(1, events(
                report(1, EventKind.AGREEMENT, "2024-11-27", "The truce with Hezbollah came into force in Lebanon at 4 a.m. "
                        + "local time", "Hezbollah", "Lebanon"),
                report(2, EventKind.AGREEMENT, "2024-11-27", "Lebanese families streamed back south after the truce between "
                        + "Israel and Hezbollah came into force on Wednesday", "Israel", "Hezbollah")));
    }

    @Test
    void threeSameParticipantsOfOneDayAreOneHappeningWhateverKindEachOutletGivesItButTwoAreNot() {
        List<MergedEvent> m = EventMerger.standard().merge(List.of(
                report(1, EventKind.STATEMENT, "2024-12-11", "At the same congress, the 2030 World Cup was awarded to Morocco, "
                        + "Spain and Portugal, with opening matches in South America", "Morocco", "Spain", "Portugal"),
                report(2, EventKind.AGREEMENT, "2024-12-11", "Morocco will co-host the 2030 World Cup with Spain and Portugal "
                        + "after FIFA's congress approved their joint bid on Wednesday", "FIFA", "Morocco", "Spain", "Portugal")));
        assertEquals(1, m.size());
        List<MergedEvent> two = EventMerger.standard().merge(List.of(
                report(1, EventKind.STATEMENT, "2022-12-07", "Castillo announced on Wednesday that he was dissolving Congress",
                        "Pedro Castillo", "Congress"),
                report(2, EventKind.APPOINTMENT, "2022-12-07", "Congress voted on Wednesday to remove Castillo hours after he "
                        + "announced he would dissolve it", "Congress", "Pedro Castillo")));
        assertEquals(2, two.size(), "an address and the vote it provoked share two participants and are two happenings");
    }

    @Test
    void aPresidentRemovedBySoldiersAndThePalaceSurroundedOnTheSameDayAreOneCoup() {
        assertEquals(1, events(
                report(1, EventKind.APPOINTMENT, "2023-07-26", "Soldiers in Niger announced on national television late on "
                        + "Wednesday that they had removed President Mohamed Bazoum from power, hours after members of the "
                        + "presidential guard detained him inside his palace in Niamey", "Mohamed Bazoum"),
                report(2, EventKind.MILITARY, "2023-07-26", "Bazoum has been held in his residence with his wife and son since "
                        + "the guard surrounded the palace on July 26", "Bazoum")));
    }

    @Test
    void aMonthReportJoinsItsDayWhenFourWordsBesideASharedNameAgree() {
        List<MergedEvent> m = EventMerger.standard().merge(List.of(
                report(1, EventKind.AGREEMENT, "2022-04", "Musk, the world's richest person and the head of carmaker Tesla, "
                        + "agreed in April to buy Twitter for $54.20 a share, then tried in July to walk away from the company",
                        "Musk", "Tesla"),
                report(2, EventKind.AGREEMENT, "2022-04-25", "He agreed on 25 April to buy the company outright, spent the "
                        + "summer trying to escape the deal, then offered to complete it, days before a trial over his "
                        + "attempt to walk away", "Musk")));
        assertEquals(1, m.size());
        assertEquals("2022-04-25", m.get(0).when().timeml());
    }

    @Test
    void twoHappeningsOfOneArticleAndDayThatShareNoParticipantStayTwoThoughOneNamesTheOther() {
        SourcedEvent removal = report(1, EventKind.APPOINTMENT, "2022-12-07", "Congress voted to remove President Pedro "
                + "Castillo from office on Wednesday", "Congress", "Pedro Castillo");
        SourcedEvent swearingIn = report(1, EventKind.APPOINTMENT, "2022-12-07", "Vice President Dina Boluarte was sworn "
                + "in as president on Wednesday after Congress voted to remove Pedro Castillo from office", "Dina Boluarte");
        for (MergedEvent e : EventMerger.standard().merge(List.of(removal, swearingIn))) {
            assertEquals(1, e.sources().size(), "the removal and the swearing-in are two events: " + e.title());
        }
    }

    @Test
    void aTimeOfDayAndItsDayAreTheSameDayNotADispute() {
        List<MergedEvent> m = EventMerger.standard().merge(List.of(
                report(1, EventKind.STATEMENT, "2024-12-03T22:27", "Yoon Suk Yeol declared emergency martial law at "
                        + "10:27 p.m. Tuesday in a televised briefing", "Yoon Suk Yeol"),
                report(2, EventKind.STATEMENT, "2024-12-03", "President Yoon declared martial law on Tuesday in a "
                        + "late-night televised address", "Yoon")));
        assertEquals(1, m.size());
        assertFalse(m.get(0).disputed());
    }

    @Test
    void putinMeetingXiAndPutinMeetingModiOnOneDayStayApart() {
        List<MergedEvent> m = EventMerger.standard().merge(List.of(
                report(1, EventKind.MEETING, "2024-10-22", "Vladimir Putin held talks with Xi Jinping in Kazan on Tuesday",
                        "Vladimir Putin", "Xi Jinping"),
                report(2, EventKind.MEETING, "2024-10-22", "Vladimir Putin held talks with Narendra Modi in Kazan on Tuesday",
                        "Vladimir Putin", "Narendra Modi")));
        assertEquals(2, m.size(), "each names a person the other does not: two meetings");
    }

    @Test
    void aFinalToldThroughDifferentPlayersIsOneButMeetingsOfDifferentMinistersOfTwoCountriesAreTwo() {
        List<MergedEvent> m = EventMerger.standard().merge(List.of(
                report(1, EventKind.OTHER, "2024-02-11", "Haller scored late as Ivory Coast beat Nigeria 2-1 in the final",
                        "Sébastien Haller", "Ivory Coast", "Nigeria"),
                report(2, EventKind.OTHER, "2024-02-11", "Nigeria lost the final to Ivory Coast, captain Troost-Ekong said",
                        "William Troost-Ekong", "Ivory Coast", "Nigeria"),
                report(3, EventKind.MEETING, "2024-02-11", "Lavrov met Georgia's foreign minister in Moscow",
                        "Sergey Lavrov", "Russia", "Georgia"),
                report(4, EventKind.MEETING, "2024-02-11", "Putin met Georgia's prime minister in Moscow",
                        "Vladimir Putin", "Russia", "Georgia")));
        assertEquals(3, m.size(), m::toString);
    }

    @Test
    void reportsSharingOneNameMergeWhenTheirOtherParticipantsDoNotConflict() {
        List<MergedEvent> m = EventMerger.standard().merge(List.of(
                report(1, EventKind.MILITARY, "2021-02-01", "Myanmar's military seized power on Monday and detained "
                        + "Aung San Suu Kyi in early morning raids", "Myanmar", "Aung San Suu Kyi"),
                report(2, EventKind.MILITARY, "2021-02-01", "Aung San Suu Kyi and President Win Myint were seized in dawn "
                        + "raids on Monday", "Aung San Suu Kyi", "Win Myint")));
        assertEquals(1, m.size(), "a country on one side and a person on the other do not conflict");
    }

    @Test
    void bombingsInTwoCitiesOfOneCountryOnOneDayStayApart() {
        List<MergedEvent> m = EventMerger.standard().merge(List.of(
                report(1, EventKind.MILITARY, "2024-02-07", "A bomb exploded outside an election office in Quetta on "
                        + "Wednesday, killing 18 people", "Quetta", "Pakistan"),
                report(2, EventKind.MILITARY, "2024-02-07", "A bomb exploded outside a party office in Karachi on "
                        + "Wednesday, killing 10 people", "Karachi", "Pakistan")));
        assertEquals(2, m.size(), "a city counts for its country, but two cities of it are two places");
    }

    @Test
    void theSameTwoLeadersWithACityInOneReportAndItsStateInTheOtherAreOneMeeting() {
        List<MergedEvent> m = EventMerger.standard().merge(List.of(
                report(1, EventKind.MEETING, "2023-11-15", "Joe Biden and Xi Jinping met for four hours near San Francisco "
                        + "on Wednesday", "Joe Biden", "Xi Jinping", "San Francisco"),
                report(2, EventKind.MEETING, "2023-11-15", "Xi Jinping held talks with Joe Biden at an estate in California "
                        + "on Wednesday", "Xi Jinping", "Joe Biden", "California")));
        assertEquals(1, m.size());
    }

    @Test
    void aReportNamingTheOthersParticipantOnlyInItsSentenceJoinsItOnTheSameDay() {
        List<MergedEvent> m = EventMerger.standard().merge(List.of(
                report(1, EventKind.MEETING, "2022-11-06", "The UN climate summit opened on Sunday in Egypt's Red Sea "
                        + "resort of Sharm el-Sheikh", "UN", "Red Sea"),
                report(2, EventKind.MEETING, "2022-11-06", "In Egypt, the climate conference was opened on Sunday in "
                        + "Sharm el-Sheikh by the foreign minister", "Egypt")));
        assertEquals(1, m.size(), "Egypt is no participant of the first report, but its sentence names it");
    }

    @Test
    void aReportOfUndecidedKindJoinsTheSameDaysReportInMuchTheSameWords() {
        List<MergedEvent> m = EventMerger.standard().merge(List.of(
                report(1, EventKind.MILITARY, "2022-07-08", "Shinzo Abe was shot dead on Friday while giving a campaign "
                        + "speech in the city of Nara", "Shinzo Abe", "Nara"),
                report(2, EventKind.OTHER, "2022-07-08", "Former prime minister Shinzo Abe died yesterday after he was "
                        + "shot while campaigning in Nara", "Shinzo Abe"),
                report(3, EventKind.STATEMENT, "2022-07-08", "Fumio Kishida said on Friday the attack on Shinzo Abe was "
                        + "unforgivable", "Fumio Kishida", "Shinzo Abe")));
        assertEquals(2, m.size(), "the death (kind OTHER) joins the shooting; the prime minister's statement does not");
    }

    @Test
    void aDetentionAndASeizureOfTheSamePresidentOnTheSameDayAreOneCoupButHisStatementIsNot() {
        List<MergedEvent> m = EventMerger.standard().merge(List.of(
                report(1, EventKind.LEGAL, "2023-07-26", "Members of the presidential guard detained Mohamed Bazoum "
                        + "inside the presidential palace on Wednesday", "Mohamed Bazoum"),
                report(2, EventKind.MILITARY, "2023-07-26", "The presidential guard seized President Mohamed Bazoum on "
                        + "Wednesday", "Mohamed Bazoum"),
                report(3, EventKind.STATEMENT, "2023-07-26", "Mohamed Bazoum said on Wednesday that the guard would be "
                        + "defeated", "Mohamed Bazoum")));
        assertEquals(2, m.size(), "legal and military kinds are close; a statement is another happening");
    }

    @Test
    void aFamilyNameFirstAloneIsTheFullName() {
        List<MergedEvent> m = EventMerger.standard().merge(List.of(
                report(1, EventKind.MEETING, "2024-05-27", "Li Qiang met Kishida in Seoul on Monday", "Li Qiang", "Kishida"),
                report(2, EventKind.MEETING, "2024-05-27", "Premier Li held talks with Fumio Kishida in Seoul on Monday",
                        "Li", "Fumio Kishida")));
        assertEquals(1, m.size());
    }

    @Test
    void aSwearingInToldInOtherWordsIsOneButTheSamePresidentAppointingAMinisterIsAnother() {
        List<MergedEvent> m = EventMerger.standard().merge(List.of(
                report(1, EventKind.APPOINTMENT, "2022-12-07", "Vice President Dina Boluarte was sworn in as president "
                        + "in Congress on Wednesday afternoon, becoming the first woman to lead the Andean country",
                        "Dina Boluarte", "Congress"),
                report(2, EventKind.APPOINTMENT, "2022-12-07", "Dina Boluarte, 60, took the oath of office yesterday "
                        + "before lawmakers in Lima", "Dina Boluarte"),
                report(3, EventKind.APPOINTMENT, "2022-12-07", "Boluarte named Alberto Otarola defence minister on "
                        + "Wednesday", "Dina Boluarte", "Alberto Otarola")));
        assertEquals(2, m.size(), "the same sole person in an appointment of one day needs no shared wording; "
                + "another person named makes another happening");
        assertEquals(2, m.stream().mapToInt(e -> e.sources().size()).max().orElseThrow());
    }

    @Test
    void aCourtsRulingOfOneDayIsOneHappeningWhoeverElseOneReportNames() {
        List<MergedEvent> m = EventMerger.standard().merge(List.of(
                report(1, EventKind.LEGAL, "2021-05-13", "The High Court in Nairobi struck down the constitutional "
                        + "amendment bill on Thursday, dealing a blow to President Uhuru Kenyatta", "High Court",
                        "Uhuru Kenyatta"),
                report(2, EventKind.LEGAL, "2021-05-13", "Five judges threw out the reform yesterday", "High Court")));
        assertEquals(1, m.size(), m::toString);
    }

    @Test
    void aCompanyNamedInFullAndByItsFirstWordIsOneParticipant() {
        List<MergedEvent> m = EventMerger.standard().merge(List.of(
                report(1, EventKind.ECONOMIC, "2003", "Zentrix Computer launched the Zentrix music store in 2003",
                        "Zentrix Computer"),
                report(2, EventKind.ECONOMIC, "2003-04-28", "Zentrix launched the Zentrix music store on April 28, 2003",
                        "Zentrix")));
        assertEquals(1, m.size());
        assertEquals("2003-04-28", m.get(0).when().timeml());
    }

    @Test
    void twoCompaniesSharingAFirstWordAreNotOneParticipant() {
        List<MergedEvent> m = EventMerger.standard().merge(List.of(
                report(1, EventKind.ECONOMIC, "2006-05-08", "Zentrix Records launched a music label", "Zentrix Records"),
                report(2, EventKind.ECONOMIC, "2006-05-08", "Zentrix Computer launched a music player",
                        "Zentrix Computer")));
        assertEquals(2, m.size());
    }

    @Test
    void aMonthReportOfAnotherKindOrOtherWordsDoesNotJoinADayInIt() {
        List<MergedEvent> m = EventMerger.standard().merge(List.of(
                report(1, EventKind.AID, "2007-10-15", "The first A380 was delivered to Singapore Airlines on Monday",
                        "Singapore Airlines"),
                report(2, EventKind.ECONOMIC, "2007-10", "Singapore Airlines will launch its first service in October",
                        "Singapore Airlines"),
                report(3, EventKind.STATEMENT, "2010-07-16", "Zentrix announced Friday it will give owners a free case",
                        "Zentrix"),
                report(4, EventKind.STATEMENT, "2010-07", "Zentrix was criticised last month for its antenna design",
                        "Zentrix")));
        assertEquals(4, m.size());
    }

    @Test
    void aYearAndAMonthOfTheSameActorsCoupToldTheSameWayAreOneHappening() {
        List<MergedEvent> m = EventMerger.standard().merge(List.of(
                report(1, EventKind.MILITARY, "1994", "Jammeh, who seized power in a coup in 1994, initially accepted "
                        + "his defeat in the Dec. 1 election but reversed himself a week later", "Yahya Jammeh"),
                report(2, EventKind.MILITARY, "1994-07", "Jammeh came to power in a bloodless coup in July 1994 as a "
                        + "29-year-old army lieutenant and ran the small West African country with an iron hand",
                        "Yahya Jammeh")));
        assertEquals(1, m.size());
        // another actor's coup of that year stays apart
        assertEquals(2, EventMerger.standard().merge(List.of(
                report(1, EventKind.MILITARY, "1994", "Jammeh, who seized power in a coup in 1994", "Yahya Jammeh"),
                report(2, EventKind.MILITARY, "1994-07", "Bah seized power in a coup in July 1994, killing the "
                        + "guards of the palace", "Musa Bah"))).size());
    }

    private static String name(int n) {
        StringBuilder b = new StringBuilder("Ka");
        for (int x = n; x > 0; x /= 26) b.append((char) ('a' + x % 26));
        return b + " Zed" + (char) ('a' + n % 26);
    }

    @Test
    void randomReportsEachLandInExactlyOneEventAndNoEventSpansDaysFarApart() {
        java.util.Random r = new java.util.Random(23);
        String[] people = {"Vladimir Putin", "Putin", "Xi Jinping", "Xi", "Narendra Modi", "Lima", "Peru", "Quetta",
                "Karachi", "Pakistan", "Congress", "Apple Computer", "Apple", "UN", "Egypt"};
        String[] words = {"met", "signed", "attacked", "opened", "resigned", "Egypt's", "summit", "talks", "bomb", "in"};
        List<SourcedEvent> all = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String when = r.nextInt(10) == 0 ? String.format("XXXX-03-%02d", 1 + r.nextInt(9))
                    : r.nextInt(10) == 0 ? "2024-03" : String.format("2024-03-%02d", 1 + r.nextInt(9));
            List<String> ps = new ArrayList<>();
            for (int k = r.nextInt(4); k > 0; k--) ps.add(people[r.nextInt(people.length)]);
            StringBuilder sen = new StringBuilder(String.join(" and ", ps));
            for (int k = 0; k < 6; k++) sen.append(' ').append(words[r.nextInt(words.length)]);
            all.add(report(r.nextInt(400), EventKind.values()[r.nextInt(4) * 3], when, sen.toString(),
                    ps.toArray(String[]::new)));
        }
        List<MergedEvent> m = EventMerger.standard().merge(all);
        java.util.IdentityHashMap<SourcedEvent, Boolean> seen = new java.util.IdentityHashMap<>();
        for (MergedEvent e : m) {
            for (SourcedEvent s : e.sources()) assertTrue(seen.put(s, Boolean.TRUE) == null, "a report in two events");
            List<String> days = e.sources().stream().map(s -> s.event().when().timeml())
                    .filter(v -> v.length() == 10 && !v.startsWith("X")).sorted().toList();
            if (days.size() > 1) {
                int gap = Integer.parseInt(days.get(days.size() - 1).substring(8)) - Integer.parseInt(days.get(0).substring(8));
                assertTrue(gap <= 1, "an event told on " + days);
                assertEquals(gap == 1, e.disputed(), "a one-day disagreement, and only that, is a dispute: " + days);
            }
        }
        assertEquals(all.size(), seen.size(), "every report lands in an event");
    }

    @Test
    void manyReportsMergeQuickly() {
        List<SourcedEvent> all = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String day = String.format("2021-%02d-%02d", 1 + i % 12, 1 + i % 28);
            all.add(report(i, EventKind.values()[i % 12], day, name(i % 500) + " met " + name(1000 + i % 377),
                    name(i % 500), name(1000 + i % 377)));
        }
        long t0 = System.nanoTime();
        List<MergedEvent> m = EventMerger.standard().merge(all);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(all.size(), m.stream().mapToInt(e -> e.sources().size()).sum());
        assertTrue(ms < 30_000, "merging 20,000 reports took " + ms + " ms");
    }

    @Test
    void twoHappeningsOfUndecidedKindADayApartStayTwoUnlessTheyAreToldInMuchTheSameWords() {
        assertEquals(2, events(
                report(1, EventKind.OTHER, "2020-05-30", "The crewed capsule lifted off from Florida on its mission",
                        "SpaceX"),
                report(2, EventKind.OTHER, "2020-05-31", "The crewed capsule docked with the station after a long chase",
                        "SpaceX")));
        assertEquals(1, events(
                report(1, EventKind.OTHER, "2020-05-30", "The SpaceX rocket lifted off from Florida with two astronauts",
                        "SpaceX", "Florida"),
                report(2, EventKind.OTHER, "2020-05-31", "The SpaceX rocket lifted off from Florida carrying two astronauts",
                        "SpaceX", "Florida")));
    }

    @Test
    void oneLeaderElectedIsOneHappeningWhoeverElseOneReportNamesButAnotherKindOfAppointmentIsNot() {
        List<MergedEvent> m = EventMerger.standard().merge(List.of(
                report(1, EventKind.APPOINTMENT, "2022-06-19", "Gustavo Petro won the presidency in a runoff on June 19 "
                        + "against the businessman Rodolfo Hernandez", "Gustavo Petro", "Rodolfo Hernandez"),
                report(2, EventKind.APPOINTMENT, "2022-06-19", "Petro was elected on June 19 with 50.4 per cent",
                        "Gustavo Petro"),
                report(3, EventKind.APPOINTMENT, "2022-06-19", "Petro named Alvaro Leyva foreign minister on June 19",
                        "Gustavo Petro", "Alvaro Leyva")));
        assertEquals(2, m.size(), m.toString());
        assertEquals(2, m.stream().mapToInt(e -> e.sources().size()).max().orElseThrow());
    }

    @Test
    void aProtestOneOutletTellsAsForceIsOneHappeningButAnAttackElsewhereIsNot() {
        assertEquals(1, events(
                report(1, EventKind.PROTEST, "2024-06-25", "Protesters stormed Kenya's parliament in Nairobi on Tuesday "
                        + "as lawmakers passed the finance bill", "Kenya", "Nairobi"),
                report(2, EventKind.MILITARY, "2024-06-25", "Police opened fire on crowds who broke into parliament in "
                        + "Nairobi on Tuesday after the finance bill was passed", "Nairobi")));
        assertEquals(2, events(
                report(1, EventKind.PROTEST, "2024-06-25", "Protesters rallied in Nairobi on Tuesday against the finance "
                        + "bill", "Nairobi"),
                report(2, EventKind.MILITARY, "2024-06-25", "A bomb killed four soldiers in Mandera on Tuesday",
                        "Mandera")));
    }

    /** Two outlets' background reports on one story: the trial's people, its city and its victim. */
    private static List<SourcedEvent> trialStory(long doc) {
        return List.of(
                report(doc, EventKind.MILITARY, "2013-02-14", "Oscar Pistorius shot Reeva Steenkamp in Pretoria in 2013",
                        "Oscar Pistorius", "Reeva Steenkamp", "Pretoria"),
                report(doc, EventKind.LEGAL, "2014-03-03", "The trial before Judge Thokozile Masipa opened in March",
                        "Thokozile Masipa", "Oscar Pistorius"));
    }

    @Test
    void inOneStoryTwoReportsOfADayNamingNobodyInCommonStayTwo() {
        // outlets of one story may name the accused and the judge of one verdict, but also the two sides of two
        // happenings of the day: without a participant in common (or one named by the other) they stay apart
        List<SourcedEvent> all = new java.util.ArrayList<>(trialStory(1));
        all.addAll(trialStory(2));
        all.add(report(1, EventKind.LEGAL, "2014-09-12", "Pistorius was convicted of culpable homicide on Friday",
                "Oscar Pistorius", "South Africa"));
        all.add(report(2, EventKind.LEGAL, "2014-09-12", "Judge Masipa found him guilty on Friday and granted bail",
                "Thokozile Masipa"));
        List<MergedEvent> m = EventMerger.standard().merge(all);
        assertEquals(2, m.stream().filter(e -> e.when().timeml().equals("2014-09-12")).count(), m.toString());
    }

    @Test
    void inOneStoryAnAttackOfTheDayInOtherWordsAndAMonthOfTheSameAppointmentJoinTheirDayButStatementsDoNot() {
        List<SourcedEvent> all = new java.util.ArrayList<>();
        for (long doc = 1; doc <= 2; doc++) {
            all.add(report(doc, EventKind.MILITARY, "2024-01-10", "M23 rebels seized Sake near Goma in January, "
                    + "Felix Tshisekedi said", "M23", "Sake", "Goma", "Felix Tshisekedi"));
        }
        all.add(report(1, EventKind.MILITARY, "2024-02-11", "Rebels shelled Goma on Sunday, killing dozens of "
                + "civilians in crowded markets", "Goma"));
        all.add(report(2, EventKind.MILITARY, "2024-02-11", "Artillery fire hit the city of Goma as fighters advanced "
                + "from the northern hills",
                "Goma"));
        all.add(report(1, EventKind.APPOINTMENT, "2024-01", "Tshisekedi took office again in January",
                "Felix Tshisekedi"));
        all.add(report(2, EventKind.APPOINTMENT, "2024-01-20", "Tshisekedi was inaugurated for a second term on "
                + "January 20", "Felix Tshisekedi"));
        List<MergedEvent> m = EventMerger.standard().merge(all);
        assertEquals(3, m.size(), m.toString());
        assertTrue(m.stream().allMatch(e -> e.sources().size() == 2), m.toString());

        // one person's two statements of the day in other words may be two things said
        all.add(report(1, EventKind.STATEMENT, "2024-02-11", "Tshisekedi accused Rwanda of backing the rebels and of "
                + "hiding its troops on Sunday", "Felix Tshisekedi", "Rwanda"));
        all.add(report(2, EventKind.STATEMENT, "2024-02-11", "At a crowded news conference in Kinshasa, Tshisekedi "
                + "demanded sanctions under fair conditions", "Felix Tshisekedi"));
        assertEquals(5, EventMerger.standard().merge(all).size());
    }

    @Test
    void inOneStoryOnePersonsRemovalAndAnothersOathOfTheSameDayStayTwo() {
        List<SourcedEvent> all = new java.util.ArrayList<>();
        for (long doc = 1; doc <= 2; doc++) {
            all.add(report(doc, EventKind.STATEMENT, "2022-12-07", "Pedro Castillo announced on television in Lima that "
                    + "he would dissolve Congress", "Pedro Castillo", "Congress", "Lima"));
        }
        all.add(report(1, EventKind.APPOINTMENT, "2022-12-07", "Congress voted on Wednesday to remove Castillo",
                "Congress", "Pedro Castillo"));
        all.add(report(2, EventKind.APPOINTMENT, "2022-12-07", "Dina Boluarte took the oath the same afternoon",
                "Dina Boluarte"));
        List<MergedEvent> m = EventMerger.standard().merge(all);
        assertEquals(3, m.size(), m.toString());
    }

    @Test
    void oneArticlesTwoSayingsOfAPersonOnADayStayTwoUnlessToldInMuchTheSameWords() {
        assertEquals(2, events(
                report(1, EventKind.STATEMENT, "2010-07-16", "Jobs said yesterday that Apple will offer a free case to "
                        + "anyone who has purchased an iPhone 4", "Steve Jobs"),
                report(1, EventKind.STATEMENT, "2010-07-16", "Jobs also said that those who had already purchased a "
                        + "bumper will receive a full refund", "Steve Jobs")));
        assertEquals(1, events(
                report(1, EventKind.STATEMENT, "2010-07-16", "Jobs says Apple will offer a free case to iPhone owners",
                        "Steve Jobs"),
                report(1, EventKind.STATEMENT, "2010-07-16", "Jobs said yesterday that Apple will offer a free case "
                        + "to iPhone owners who ask", "Steve Jobs")));
    }

    @Test
    void twoOutletsTellingOneLeadersAddressOfADayInOtherWordsTellOneHappening() {
        assertEquals(1, events(
                report(1, EventKind.STATEMENT, "2020-03-23", "Ramaphosa went on television on Monday night to announce "
                        + "a national lockdown of three weeks", "Cyril Ramaphosa"),
                report(2, EventKind.STATEMENT, "2020-03-23", "In his broadcast, President Ramaphosa told South Africans "
                        + "that soldiers would enforce the rules", "Ramaphosa")));
        // a saying of the same day that is no address stays a saying of its own
        assertEquals(2, events(
                report(1, EventKind.STATEMENT, "2020-03-23", "Ramaphosa went on television on Monday night to announce "
                        + "a national lockdown of three weeks", "Cyril Ramaphosa"),
                report(2, EventKind.STATEMENT, "2020-03-23", "Ramaphosa told party officials that the treasury "
                        + "would find the money", "Ramaphosa")));
    }

    @Test
    void aReportOfUndecidedKindJoinsAnotherOutletsReportOfTheDayThatNamesItsPlaceInMuchTheSameWords() {
        assertEquals(1, events(
                report(1, EventKind.OTHER, "2026-05-12", "The disease was found in cattle at a livestock market in "
                        + "Ashford, Kent, during a routine inspection on Tuesday", "Ashford", "United Kingdom"),
                report(2, EventKind.DISASTER, "2026-05-12", "Farmers who had sold cattle at the Kent livestock market "
                        + "where the disease was found on Tuesday were told to keep their herds indoors", "Kent")));
        // the same day and place in other words: two happenings (the market closed, a farmer protested)
        assertEquals(2, events(
                report(1, EventKind.OTHER, "2026-05-12", "The disease was found in cattle at a livestock market in "
                        + "Ashford, Kent, during a routine inspection on Tuesday", "Ashford", "United Kingdom"),
                report(2, EventKind.PROTEST, "2026-05-12", "Angry farmers blocked roads near Kent on Tuesday to "
                        + "demand compensation from ministers", "Kent")));
    }

    @Test
    void aMonthReportJoinsAnotherOutletsDayOfItWhenTheSamePersonAloneUndergoesTheSameKindInAFewOfTheSameWords() {
        assertEquals(1, events(
                report(1, EventKind.MILITARY, "2002-02-23", "Rojas, a senator who was kidnapped on Feb. 23, 2002 while "
                        + "campaigning in the south, landed at a military airport in the capital hours later and was "
                        + "embraced by her mother and her two children", "Clara Rojas"),
                report(2, EventKind.MILITARY, "2002-02", "Mrs Rojas was seized by rebels while campaigning in "
                        + "February 2002", "Clara Rojas", "Revolutionary Front")));
        // another person of the same month is another happening
        assertEquals(2, events(
                report(1, EventKind.MILITARY, "2002-02-23", "Rojas, a senator who was kidnapped on Feb. 23, 2002 while "
                        + "campaigning in the south, landed at a military airport hours later", "Clara Rojas"),
                report(2, EventKind.MILITARY, "2002-02", "Mr Soto was seized by rebels while campaigning in "
                        + "February 2002", "Luis Soto")));
    }
}
