package org.eventscope.extract;

import org.eventscope.model.EventKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventscope.extract.MergerTest.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The merger's rules of the round of 23 November (morning), each on reports written by hand as an example. */
class MergerRoundTest {

    static List<MergedEvent> merge(SourcedEvent... reports) {
        return EventMerger.standard().merge(List.of(reports));
    }

    /** The event holding the report with this sentence. */
    static MergedEvent eventOf(List<MergedEvent> m, String sentence) {
        return m.stream().filter(e -> e.sources().stream().anyMatch(s -> s.event().sentence().equals(sentence)))
                .findFirst().orElseThrow();
    }

    @Test
    void aRoundUpNamingTwoFinalsOfOneDayDoesNotJoinThem() {
        String volley = "Brazil won the volleyball world championship on Sunday, beating Italy in a five-set final";
        String tennis = "Ana Petrova beat Maria Lind 6-4, 6-3 on Sunday to win the Riverside Open final";
        String roundUp = "Within hours on Sunday Brazil won the volleyball world championship and Ana Petrova beat "
                + "Maria Lind in the Riverside Open final";
        List<MergedEvent> m = merge(
                report(1, EventKind.OTHER, "2027-09-12", volley, "Brazil", "Italy"),
                report(2, EventKind.OTHER, "2027-09-12", tennis, "Ana Petrova", "Maria Lind"),
                report(3, EventKind.OTHER, "2027-09-12", "Super Sunday: Brazil crowned as Petrova beats Lind",
                        "Brazil", "Ana Petrova", "Maria Lind"),
                report(3, EventKind.OTHER, "2027-09-12", roundUp, "Brazil"));
        assertTrue(eventOf(m, volley) != eventOf(m, tennis), "two finals that share nobody stay two events");
        assertTrue(eventOf(m, roundUp) == eventOf(m, volley),
                "the round-up's sentence with Brazil as its participant joins the volleyball final, which it shares "
                        + "a participant with, before the tennis final, whose players it only names");
    }

    @Test
    void oneArticleTellingAVoteTwiceOnceOfUndecidedKindGivesOneEventWithTheOtherOutletsReport() {
        String vote = "Lawmakers elected Hassan Sheikh Mohamud president on Sunday in a vote held at the airport";
        String defeat = "Mohamud defeated the incumbent Mohamed Abdullahi Mohamed in a third round on Sunday";
        String other = "Hassan Sheikh Mohamud won the third round of Sunday's vote against Mohamed Abdullahi Farmaajo";
        List<MergedEvent> m = merge(
                report(1, EventKind.APPOINTMENT, "2022-05-15", vote, "Hassan Sheikh Mohamud"),
                report(1, EventKind.OTHER, "2022-05-15", defeat, "Hassan Sheikh Mohamud", "Mohamed Abdullahi Mohamed"),
                report(2, EventKind.APPOINTMENT, "2022-05-15", other, "Hassan Sheikh Mohamud",
                        "Mohamed Abdullahi Farmaajo"));
        assertEquals(1, m.size(), m::toString);
        // two kinds of one day in one article that share only their country stay two
        assertEquals(2, merge(
                report(1, EventKind.OTHER, "2019-01-26", "Rescuers pulled more bodies from the mud in Brumadinho, "
                        + "Brazil, on Saturday", "Brumadinho", "Brazil"),
                report(1, EventKind.LEGAL, "2019-01-26", "A state court in Brazil ordered the freezing of Vale's "
                        + "assets on Saturday", "Minas Gerais", "Brazil")).size());
    }

    @Test
    void aPersonGivenByInitialsAndInFullIsOneButNotAnotherOfTheSameSurname() {
        String a = "Habibie named a new cabinet on Friday, keeping Wiranto as defence minister";
        String b = "Bacharuddin Jusuf Habibie unveiled his cabinet on Friday with 36 ministers";
        assertEquals(1, merge(
                report(1, EventKind.APPOINTMENT, "1998-05-22", a, "B.J. Habibie"),
                report(2, EventKind.APPOINTMENT, "1998-05-22", b, "Bacharuddin Jusuf Habibie")).size());
        assertEquals(2, merge(
                report(1, EventKind.APPOINTMENT, "1998-05-22", a, "B.J. Habibie"),
                report(2, EventKind.APPOINTMENT, "1998-05-22", "Hasri Ainun Habibie opened a new clinic on Friday "
                        + "with 36 nurses", "Hasri Ainun Habibie")).size(), "other initials are another person");
    }

    @Test
    void aStockMarketNamedByItsExchangeOrItsIndexIsOneParticipant() {
        String slide = "Wall Street stocks fell sharply on Friday in record heavy selling";
        String dow = "The Dow fell 108.35 points on Friday, a record, in heavy selling at the New York Stock Exchange";
        assertEquals(1, merge(
                report(1, EventKind.ECONOMIC, "1987-10-16", slide, "Wall Street", "Hong Kong"),
                report(2, EventKind.ECONOMIC, "1987-10-16", dow, "Dow", "New York Stock Exchange")).size());
        assertEquals(2, merge(
                report(1, EventKind.ECONOMIC, "1987-10-16", slide, "Wall Street"),
                report(2, EventKind.ECONOMIC, "1987-10-16", "The Nikkei fell sharply on Friday in record heavy "
                        + "selling", "Nikkei")).size(), "another country's market is another happening");
    }

    @Test
    void twoUndecidedKindsThatOnlyNameEachOthersParticipantAreTwoHappenings() {
        String title = "Harbour Town were crowned Northern League champions on Saturday after Millford drew 1-1 at Westby";
        String party = "Thousands of fans poured into the streets around the Quay Stadium on Saturday night after "
                + "Millford's draw at Westby handed Harbour the Northern League title";
        assertEquals(2, merge(
                report(1, EventKind.OTHER, "2027-05-08", title, "Harbour Town", "Northern League"),
                report(2, EventKind.OTHER, "2027-05-08", party, "Quay Stadium")).size(),
                "the title and the fans' celebration share words but no participant, and OTHER twice agrees on no kind");
        assertEquals(1, merge(
                report(1, EventKind.MEETING, "2027-05-08", "Leaders opened the Northern Forum summit at the Quay "
                        + "Centre on Saturday, hosted by Millford", "Northern Forum", "Quay Centre"),
                report(2, EventKind.MEETING, "2027-05-08", "Millford opened the Northern Forum summit on Saturday "
                        + "with leaders of nine states", "Millford")).size(),
                "a kind both reports give still lets a report join one that names its participant");
    }

    @Test
    void theSamePromiseToldOnTwoDaysIsTwoStatementsNotADisputedDate() {
        List<MergedEvent> m = merge(
                report(1, EventKind.STATEMENT, "2026-03-09", "Mayor Lena Ortiz went to the river and promised on "
                        + "Monday night that the old bridge would be rebuilt", "Lena Ortiz"),
                report(2, EventKind.STATEMENT, "2026-03-10", "Lena Ortiz promised last night that the old bridge "
                        + "would be rebuilt within two years", "Lena Ortiz"));
        assertEquals(2, m.size(), "a leader says the same again the next day; outlets seldom misdate a saying");
        m = merge(
                report(1, EventKind.APPOINTMENT, "2026-03-09", "Lena Ortiz resigned as mayor on Monday night",
                        "Lena Ortiz"),
                report(2, EventKind.APPOINTMENT, "2026-03-10", "Lena Ortiz resigned as mayor on Tuesday", "Lena Ortiz"));
        assertEquals(1, m.size(), "a resignation dated a day apart is one happening whose date is disputed");
        assertTrue(m.get(0).disputed());
    }

    @Test
    void aPersonNamedInFullAndByFirstAndLastNameOrWithAnUmlautWrittenOutIsOne() {
        assertEquals(1, merge(
                report(1, EventKind.LEGAL, "2026-06-02", "A court on Tuesday found former minister Ana Lucía "
                        + "Romero Brandt guilty of fraud", "Ana Lucía Romero Brandt"),
                report(2, EventKind.LEGAL, "2026-06-02", "Judges sentenced Ana Brandt to four years in prison "
                        + "yesterday", "Ana Brandt")).size(),
                "'Ana Brandt' is 'Ana Lucía Romero Brandt' by her first and last names");
        assertEquals(1, merge(
                report(1, EventKind.APPOINTMENT, "2026-06-02", "Jürgen Kühn was named chief executive of Nordbahn "
                        + "on Tuesday", "Jürgen Kühn"),
                report(2, EventKind.APPOINTMENT, "2026-06-02", "Nordbahn named Juergen Kuehn chief executive",
                        "Juergen Kuehn")).size(), "'Kuehn' is 'Kühn' with its umlaut written out");
        assertEquals(2, merge(
                report(1, EventKind.APPOINTMENT, "2026-06-02", "Juan Carlos Ortega was sworn in as governor on Tuesday",
                        "Juan Carlos Ortega"),
                report(2, EventKind.APPOINTMENT, "2026-06-02", "Juan Pablo Ortega was sworn in as mayor on Tuesday",
                        "Juan Pablo Ortega")).size(), "two long names sharing first and last words are two people");
    }

    @Test
    void aTownTheListsDoNotKnowIsAPlaceWhenItsDatelineGivesItsCountry() {
        assertEquals(1, merge(
                report(1, EventKind.APPOINTMENT, "2026-02-11", "HOLMBERG, Sweden, Feb 11 (Reuters) - Nordvik chief "
                        + "executive Erik Sand resigned on Wednesday over the faulty brakes", "Erik Sand", "Holmberg", "Sweden"),
                report(2, EventKind.APPOINTMENT, "2026-02-11", "Mr Lund replaces Erik Sand, who stepped down on "
                        + "Wednesday over the faulty brakes", "Erik Sand", "Anders Lund")).size(),
                "'Holmberg' is a town of Sweden, not a second person against the successor Anders Lund");
    }

    @Test
    void anOrganisationNamedInFullSaysItsInitials() {
        assertEquals(1, merge(
                report(1, EventKind.AGREEMENT, "2027-04-04", "BRUSSELS, April 4 - Norland became the 33rd member of "
                        + "NATO on Tuesday, ending seven decades of neutrality and doubling the alliance's northern "
                        + "frontier", "Norland"),
                report(2, EventKind.AGREEMENT, "2027-04-04", "Norland formally joined the North Atlantic Treaty "
                        + "Organization yesterday, when its foreign minister handed over the instrument of accession "
                        + "in Brussels", "Norland", "North Atlantic Treaty Organization")).size(),
                "'NATO' in one report and the alliance's full name in the other are one shared word");
    }

    @Test
    void aScoreBothReportsGiveAndAPluralAndItsSingularAreSharedWords() {
        assertEquals(1, merge(
                report(1, EventKind.OTHER, "2027-02-06", "Peru had stunned Chile 2-0 in the semi-finals on Tuesday, "
                        + "while the hosts edged Bolivia 3-2 the following day", "Peru", "Chile", "Bolivia"),
                report(2, EventKind.OTHER, "2027-02-06", "That semi-final, won 2-0 on Tuesday with goals by Sami "
                        + "Haddad, sent the country into the streets", "Peru", "Sami Haddad")).size(),
                "the score '2-0' and 'semi-final(s)' tell one match");
        assertEquals(2, merge(
                report(1, EventKind.OTHER, "2027-02-06", "Peru beat Chile 2-0 in the group stage on Tuesday as fans "
                        + "celebrated in the capital", "Peru", "Chile"),
                report(2, EventKind.OTHER, "2027-02-06", "Peru's handball team lost 28-30 to Bolivia on Tuesday in "
                        + "front of a home crowd", "Peru", "Bolivia")).size(),
                "two results of one country on one day, with different scores and sides, are two");
    }

    @Test
    void aFinalToldThroughDifferentPlayersIsOneWhenOneReportNamesTheOthersSide() {
        // each names its own scorer; they share Jordan, and the second's sentence names Qatar too
        assertEquals(1, merge(
                report(1, EventKind.OTHER, "2027-02-10", "Qatar beat Jordan on Saturday to win the continental title, "
                        + "with Akram Afif scoring all three goals", "Akram Afif", "Qatar", "Jordan"),
                report(2, EventKind.OTHER, "2027-02-10", "Jordan came back through Yazan Al-Naimat but lost the final "
                        + "to Qatar on Saturday, their keeper Meshaal Barsham beaten three times", "Jordan",
                        "Yazan Al-Naimat", "Meshaal Barsham")).size(),
                "one final, told through each side's players");
        assertEquals(2, merge(
                report(1, EventKind.OTHER, "2027-02-10", "Jordan's Akram Afif opened a new stadium on Saturday",
                        "Akram Afif", "Jordan"),
                report(2, EventKind.OTHER, "2027-02-10", "Yazan Al-Naimat of Jordan signed a new contract on Saturday",
                        "Yazan Al-Naimat", "Jordan")).size(),
                "two people's doings of one day, sharing only their country and naming nothing of the other, are two");
    }

    @Test
    void anEarthquakeToldFromTwoRegionsOfOneCountryIsOneDisasterButTwoFiresAreTwo() {
        assertEquals(1, merge(
                report(1, EventKind.DISASTER, "2027-01-01", "At least 40 people were killed when a powerful earthquake "
                        + "struck northern Japan on Friday, officials said, as rescuers searched collapsed homes", "Japan"),
                report(2, EventKind.DISASTER, "2027-01-01", "Aid convoys set off for Ishikawa, where Friday's earthquake "
                        + "left thousands without water", "Ishikawa"),
                report(3, EventKind.DISASTER, "2027-01-01", "Landslides after the earthquake cut roads across Niigata "
                        + "on Friday", "Niigata", "Japan")).size(),
                "one quake: its reports from Ishikawa and from Niigata, both in Japan, do not conflict");
        assertEquals(2, merge(
                report(1, EventKind.DISASTER, "2027-01-01", "A fire destroyed a market in Ishikawa on Friday",
                        "Ishikawa", "Japan"),
                report(2, EventKind.DISASTER, "2027-01-01", "A fire destroyed a warehouse in Niigata on Friday",
                        "Niigata", "Japan")).size(), "a fire strikes one town: two towns' fires are two");
    }

    @Test
    void aQuakeToldByTheTownsItLeveledIsOneDisasterWhenTheOtherReportNamesOneOfThem() {
        // one outlet names the province and the epicentre, the other only the towns it leveled
        assertEquals(1, merge(
                report(1, EventKind.DISASTER, "2008-05-12", "The quake, centred on Wenchuan county, struck Sichuan "
                        + "province on Monday afternoon, killing thousands", "China", "Sichuan"),
                report(2, EventKind.DISASTER, "2008-05-12", "Monday's earthquake flattened Wenchuan and Beichuan",
                        "Wenchuan", "Beichuan")).size(),
                "a quake strikes many towns at once: the town one report names in its sentence joins them");
        assertEquals(2, merge(
                report(1, EventKind.DISASTER, "2008-05-12", "A fire near Wenchuan county gutted a market in Sichuan "
                        + "province on Monday afternoon, killing three", "China", "Sichuan"),
                report(2, EventKind.DISASTER, "2008-05-12", "Monday's blaze burned a school in Wenchuan and Beichuan",
                        "Wenchuan", "Beichuan")).size(), "a fire strikes one town: two fires are two");
    }

    @Test
    void anUnderseaQuakeAndItsTsunamiOfOneDayAreOneDisaster() {
        assertEquals(1, merge(
                report(1, EventKind.DISASTER, "2004-12-26", "The most powerful earthquake in 40 years struck off the "
                        + "Indonesian island of Sumatra on Sunday, sending walls of water across the Indian Ocean",
                        "Sumatra", "Indonesia", "Thailand", "Sri Lanka", "India"),
                report(2, EventKind.DISASTER, "2004-12-26", "A tsunami swept the Andaman coast of Thailand on Sunday "
                        + "morning", "Thailand", "Andaman", "Phang Nga")).size(),
                "the tsunami is the quake's: one happening, though the reports share only Thailand");
        assertEquals(2, merge(
                report(1, EventKind.DISASTER, "2004-12-26", "A fire gutted a hotel in Bangkok, Thailand on Sunday, "
                        + "killing dozens", "Bangkok", "Thailand"),
                report(2, EventKind.DISASTER, "2004-12-26", "A tsunami swept the Andaman coast of Thailand on Sunday "
                        + "morning", "Thailand", "Andaman", "Phang Nga")).size(),
                "a fire and a tsunami in one country on a day are two");
    }

    @Test
    void aTownTheListsDoNotKnowIsASiteNotAPersonWhoSetsTheReportsApart() {
        // "in the district of Achin" is where the strike was; the governor named by the other outlet is no rival
        assertEquals(1, merge(
                report(1, EventKind.MILITARY, "2016-07-25", "Militant commander Hafiz Saeed Khan was killed in a "
                        + "drone strike in the district of Achin on Monday", "Hafiz Saeed Khan", "Achin"),
                report(2, EventKind.MILITARY, "2016-07-25", "Governor Salim Kunduzi said the commander Hafiz Saeed "
                        + "Khan died in the drone strike", "Salim Kunduzi", "Hafiz Saeed Khan")).size(),
                "one strike: Achin is a site, Kunduzi the only other person");
        // a name that is no site still tells two people apart
        assertEquals(2, merge(
                report(1, EventKind.MILITARY, "2016-07-25", "Militant commander Hafiz Saeed Khan was killed in a "
                        + "drone strike with Abdul Rahim Ghaznavi on Monday", "Hafiz Saeed Khan", "Abdul Rahim Ghaznavi"),
                report(2, EventKind.MILITARY, "2016-07-25", "Governor Salim Kunduzi said the commander Hafiz Saeed "
                        + "Khan died in the drone strike", "Salim Kunduzi", "Hafiz Saeed Khan")).size(),
                "each names a person the other does not");
    }

    @Test
    void aVoteToldAsTheCountrysAndAsItsLeadersIsOne() {
        assertEquals(1, merge(
                report(1, EventKind.APPOINTMENT, "2026-10-11", "Norwegians on Sunday rejected a proposed new "
                        + "electoral law, a blow to Prime Minister Ola Berg, who had campaigned for it", "Norway"),
                report(2, EventKind.APPOINTMENT, "2026-10-11", "Sunday's referendum was meant to crown Ola Berg's "
                        + "second year in office", "Ola Berg")).size(),
                "the country's vote names its leader, whose own report tells the same referendum");
        assertEquals(2, merge(
                report(1, EventKind.APPOINTMENT, "2026-10-11", "Norwegians on Sunday rejected a proposed new "
                        + "electoral law, a blow to Prime Minister Ola Berg", "Norway"),
                report(2, EventKind.APPOINTMENT, "2026-10-11", "Ola Berg named Kari Dahl finance minister on Sunday",
                        "Ola Berg", "Kari Dahl")).size(),
                "the leader's appointment of a minister names someone the vote's report does not");
    }

    @Test
    void aFinalToldThroughItsScorersAndThroughItsVenueIsOneWhenTheScoreIsTheSame() {
        assertEquals(1, merge(
                report(1, EventKind.OTHER, "2027-06-10", "Tom Reyes scored 31 points and Ivo Stam added 24 as the "
                        + "Harbor Hawks beat the Lakeside Bears 101-97 in game six of the finals on Thursday night",
                        "Harbor Hawks", "Tom Reyes", "Ivo Stam"),
                report(2, EventKind.OTHER, "2027-06-10", "The Harbor Hawks clinched the title on Thursday night in "
                        + "Brookfield, beating the Lakeside Bears 101-97", "Harbor Hawks", "Brookfield")).size(),
                "the same final score joins a team's reports that name different people");
        assertEquals(2, merge(
                report(1, EventKind.OTHER, "2027-06-10", "Tom Reyes scored 31 points as the Harbor Hawks beat the "
                        + "Lakeside Bears 101-97 on Thursday night", "Harbor Hawks", "Tom Reyes"),
                report(2, EventKind.OTHER, "2027-06-10", "The Harbor Hawks' women beat the Stone Owls 70-64 on "
                        + "Thursday night in Brookfield", "Harbor Hawks", "Brookfield")).size(),
                "one club's two games of a night, with two scores, are two");
        // ... and a final a retrospective dates by its month, told through the captain and the ground
        assertEquals(1, merge(
                report(1, EventKind.OTHER, "1999-05-29", "The Harbor Hawks beat the Lakeside Bears 24-18 in the cup "
                        + "final on May 29, 1999", "Harbor Hawks", "Lakeside Bears"),
                report(2, EventKind.OTHER, "1999-05", "Older fans remember Brookfield in May 1999, when Tom Reyes's "
                        + "side beat the Lakeside Bears 24-18", "Tom Reyes", "Brookfield", "Lakeside Bears")).size(),
                "a side and the score in common make one match within the month that holds its day");
    }

    @Test
    void anArticlesPreciseTellingOfAKindJoinsAnotherOutletsMonthBeforeItsOwnStateBegunThatMonth() {
        String floor = "The central bank introduced the currency floor on Nov. 7, 2015, fearing deflation";
        String since = "The central bank scrapped its cap on Thursday, ending a commitment to a weak currency it had "
                + "defended since November 2015";
        String other = "The central bank said yesterday it had ended the currency commitment it introduced in November "
                + "2015";
        List<MergedEvent> m = merge(
                report(1, EventKind.ECONOMIC, "2015-11-07", floor, "Central Bank of Ruritania"),
                report(1, EventKind.OTHER, "2015-11", since, "Central Bank of Ruritania"),
                report(2, EventKind.ECONOMIC, "2015-11", other, "Central Bank of Ruritania"));
        assertTrue(eventOf(m, other) == eventOf(m, floor),
                "the other outlet's month joins the day the floor was introduced, of its kind: " + m);
        // one month of one kind told by two articles is still joined first
        List<MergedEvent> same = merge(
                report(1, EventKind.ECONOMIC, "2015-11-07", floor, "Central Bank of Ruritania"),
                report(1, EventKind.ECONOMIC, "2015-11", since, "Central Bank of Ruritania"),
                report(2, EventKind.ECONOMIC, "2015-11", other, "Central Bank of Ruritania"));
        assertTrue(eventOf(same, other) == eventOf(same, since), same::toString);
    }

    @Test
    void aCountrysParliamentToldByAnotherOfItsNamesIsOneBody() {
        String one = "The People's Assembly yesterday nominated Vice-President Ali Saibou to succeed the president";
        String other = "Parliament had nominated Mr Saibou the day after the killing";
        assertEquals(1, merge(
                report(1, EventKind.APPOINTMENT, "2027-03-07", one, "People's Assembly", "Ali Saibou"),
                report(2, EventKind.APPOINTMENT, "2027-03-07", other, "Parliament", "Ali Saibou")).size());
        // two other bodies of the day stay two happenings
        assertEquals(2, merge(
                report(1, EventKind.APPOINTMENT, "2027-03-07", one, "People's Assembly", "Ali Saibou"),
                report(2, EventKind.APPOINTMENT, "2027-03-07", "The army council nominated Mr Saibou for a seat",
                        "Army Council", "Ali Saibou")).size());
    }

    @Test
    void aMonthJoinsTheDayOfItBeforeTheYearHoldingItAndACoupIsItsLeadersWhoeverElseIsNamed() {
        String day = "Karamat, the army chief, seized power in a bloodless coup on July 5, 1987, after months of street protests against the government";
        String year = "Rahman, the former prime minister overthrown by the army in 1987, was hanged yesterday";
        String month = "Mr Rahman was overthrown by General Karamat in July 1987 and later put on trial";
        List<MergedEvent> m = merge(
                report(1, EventKind.MILITARY, "1987-07-05", day, "Karamat"),
                report(1, EventKind.MILITARY, "1987", year, "Abdul Rahman", "Ghana"),
                report(2, EventKind.MILITARY, "1987-07", month, "Abdul Rahman", "Ali Karamat"));
        assertTrue(eventOf(m, month) == eventOf(m, day), m::toString);
    }

    @Test
    void aBodyOfAUnionActsForItsUnion() {
        String commission = "The European Commission on Wednesday banned all exports of Ruritanian pigs and pork";
        String union = "The European Union imposed a ban on Ruritania's meat exports on Wednesday";
        assertEquals(1, merge(
                report(1, EventKind.THREAT, "2027-02-24", commission, "European Commission", "Ruritania"),
                report(2, EventKind.THREAT, "2027-02-24", union, "European Union")).size());
        // another union's body is not the European Union
        assertEquals(2, merge(
                report(1, EventKind.THREAT, "2027-02-24", commission, "African Union Commission", "Ruritania"),
                report(2, EventKind.THREAT, "2027-02-24", union, "European Union")).size());
    }

    @Test
    void twoOutletsOfOneStoryEachDatingOneShootingThatDayWithOtherNamesTellOneShooting() {
        String ap = "The athlete killed the 29-year-old model and law graduate at his Pretoria home on Feb. 14, 2013";
        String daily = "Pistorius shot Reeva Steenkamp dead through a locked toilet door on 14 February 2013";
        SourcedEvent[] story = {
                report(1, EventKind.LEGAL, "2014-09-12", "Judge Thokozile Masipa convicted Oscar Pistorius of culpable "
                        + "homicide in Pretoria on Friday", "Thokozile Masipa", "Oscar Pistorius", "Pretoria"),
                report(1, EventKind.MILITARY, "2013-02-14", ap, "Pretoria"),
                report(2, EventKind.LEGAL, "2014-09-12", "Oscar Pistorius was found guilty by Thokozile Masipa at the "
                        + "High Court in Pretoria yesterday", "Oscar Pistorius", "Thokozile Masipa", "Pretoria"),
                report(2, EventKind.MILITARY, "2013-02-14", daily, "Oscar Pistorius", "Reeva Steenkamp")};
        List<MergedEvent> m = merge(story);
        assertTrue(eventOf(m, ap) == eventOf(m, daily), m::toString);
        // an article telling two attacks of that day does not say which one the other outlet tells
        String other = "A guard was shot dead at a Pretoria bank on Feb. 14, 2013";
        List<SourcedEvent> more = new java.util.ArrayList<>(List.of(story));
        more.add(report(1, EventKind.MILITARY, "2013-02-14", other, "Pretoria"));
        m = EventMerger.standard().merge(more);
        assertTrue(eventOf(m, ap) != eventOf(m, daily), m::toString);
    }

    @Test
    void twoOutletsOfOneStoryEachDatingOneRiotInAMonthWithOtherNamesTellOneRiot() {
        String wire = "Rioting between Chinese and Malays in July last year left 23 people dead";
        String paper = "The communal riots in Ruritania in July last year deepened the mistrust";
        SourcedEvent[] story = {
                report(1, EventKind.AGREEMENT, "1965-08-09", "Tunku Abdul Rahman and Lee Kuan Yew signed the "
                        + "separation agreement in Kuala Lumpur on Monday", "Tunku Abdul Rahman", "Lee Kuan Yew",
                        "Kuala Lumpur"),
                report(1, EventKind.PROTEST, "1964-07", wire, "Malays"),
                report(2, EventKind.AGREEMENT, "1965-08-09", "Lee Kuan Yew and Tunku Abdul Rahman agreed in Kuala "
                        + "Lumpur yesterday to part", "Lee Kuan Yew", "Tunku Abdul Rahman", "Kuala Lumpur"),
                report(2, EventKind.PROTEST, "1964-07", paper, "Ruritania")};
        List<MergedEvent> m = merge(story);
        assertTrue(eventOf(m, wire) == eventOf(m, paper), m::toString);
        // ... but not when one article tells two riots of that month
        List<SourcedEvent> more = new java.util.ArrayList<>(List.of(story));
        more.add(report(1, EventKind.PROTEST, "1964-07", "Students marched in Penang in July last year", "Penang"));
        m = EventMerger.standard().merge(more);
        assertTrue(eventOf(m, wire) != eventOf(m, paper), m::toString);
    }

    /** Asserts how many events the standard merger makes of the reports. */
    private static void assertEvents(int expected, SourcedEvent... reports) {
        List<MergedEvent> m = merge(reports);
        assertEquals(expected, m.size(), m::toString);
    }

    @Test
    void aCountryAReportsSentenceNeverNamesDoesNotSetItAgainstAnotherOutletsReport() {
        // the Auckland paper's report took New Zealand from the rest of its article, which is about New Zealanders
        String london = "Queen Elizabeth II was crowned in Westminster Abbey on Tuesday before guests from all Britain";
        String auckland = "The Queen was crowned in Westminster Abbey yesterday";
        assertEvents(1,
                report(1, EventKind.OTHER, "1953-06-02", london, "Elizabeth II", "Westminster Abbey", "United Kingdom"),
                report(2, EventKind.OTHER, "1953-06-02", auckland, "Elizabeth II", "Westminster Abbey", "New Zealand"));
        // countries the sentences name still tell two happenings apart
        assertEvents(2,
                report(1, EventKind.DISASTER, "2024-01-01", "A strong earthquake struck Japan on Monday", "Japan"),
                report(2, EventKind.DISASTER, "2024-01-01", "A strong earthquake struck Chile on Monday", "Chile"));
        // and so do their towns, whatever country each article lent them
        assertEvents(2,
                report(1, EventKind.DISASTER, "2024-01-01", "A strong earthquake struck Suzu on Monday", "Suzu", "Japan"),
                report(2, EventKind.DISASTER, "2024-01-01", "A strong earthquake struck Talca on Monday", "Talca",
                        "Chile"));
        // a country named only as the first words of a body's name ("the United States Navy") is lent too
        assertEvents(1,
                report(1, EventKind.DISASTER, "1991-06-15", "Mount Pinatubo in the Philippines erupted on Saturday",
                        "Mount Pinatubo", "Philippines"),
                report(2, EventKind.DISASTER, "1991-06-15", "The United States Navy began evacuating families after "
                        + "Saturday's eruption of Mount Pinatubo buried the base", "Mount Pinatubo", "United States"));
    }

    @Test
    void onePersonSwornInOnADayIsOneSwearingInWhicheverBodyEachReportNames() {
        SourcedEvent ap = report(1, EventKind.APPOINTMENT, "2016-08-31", "Michel Temer was sworn in before Congress "
                + "hours later, ending 13 years of Workers' Party rule", "Michel Temer", "Dilma Rousseff", "Congress");
        assertEvents(1, ap, report(2, EventKind.APPOINTMENT, "2016-08-31", "Michel Temer took the oath in the Senate "
                + "yesterday afternoon", "Michel Temer", "Senate"));
        // told another way, the same person's other change of office that day stays apart
        assertEvents(2, ap, report(2, EventKind.APPOINTMENT, "2016-08-31", "Michel Temer dismissed the head of the "
                + "central bank yesterday", "Michel Temer", "Central Bank of Brazil"));
    }
}
