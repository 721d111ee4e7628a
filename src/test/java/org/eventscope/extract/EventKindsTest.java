package org.eventscope.extract;

import org.eventscope.model.Analysis;
import org.eventscope.model.EventKind;
import org.eventscope.model.ExtractedEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kind of a happening read from the words around its trigger (examples written as documentation). */
class EventKindsTest {
    private static EventKind kind(String text, String dct, String when) {
        return Examples.kindOn(text, dct, when);
    }

    @Test
    void thousandsOfPeopleGatheringIsAProtestAndDancingCrowdsACelebration() {
        assertEquals(EventKind.PROTEST, kind("Thousands of people gathered in the regional capital on Friday.",
                "2022-07-02", "2022-07-01"));
        assertEquals(EventKind.PROTEST, kind("Thousands of farmers took to the streets of the capital on Sunday.",
                "2022-07-04", "2022-07-03"));
        assertEquals(EventKind.OTHER, kind("Crowds poured onto the seafront on Sunday, dancing and waving flags.",
                "2025-10-27", "2025-10-26"));
    }

    @Test
    void anAgreementNotMadeIsNoAgreementTheMeetingIsWhatHappened() {
        assertEquals(EventKind.MEETING, kind("The two leaders ended their summit in Lisbon on Sunday without an "
                + "agreement.", "2031-03-10", "2031-03-09"));
        assertEquals(EventKind.MEETING, kind("The talks in Geneva broke up on Monday with no deal.", "2031-03-11",
                "2031-03-10"));
    }

    @Test
    void appearingOnTelevisionIsAnAddressAppearingInCourtALegalStep() {
        assertEquals(EventKind.STATEMENT, kind("The general appeared on state television on Sunday, wrapped in the "
                + "national flag.", "2021-09-06", "2021-09-05"));
        assertEquals(EventKind.STATEMENT, kind("President Kennedy went on national television on Monday night.",
                "1962-10-23", "1962-10-22"));
        assertEquals(EventKind.LEGAL, kind("The defendant appeared in court on Friday.", "2021-09-06", "2021-09-03"));
    }

    @Test
    void sendingFoodOrRescueTeamsIsAid() {
        assertEquals(EventKind.AID, kind("Japan sent rescue teams to Nepal on Monday.", "2015-04-29", "2015-04-27"));
        assertEquals(EventKind.AID, kind("Britain sent food and medicine to the island on Thursday.", "2024-07-06",
                "2024-07-04"));
    }

    @Test
    void inSpaceflightALiftOffIsALaunchAProbeACraftAndABurnAManoeuvre() {
        assertEquals(EventKind.OTHER, kind("The probe lifted off from Tanegashima on 20 July last year.", "2021-02-11",
                "2020-07-20"));
        assertEquals(EventKind.OTHER, kind("The spacecraft survived a 27-minute braking burn that put it into orbit "
                + "around Mars on Tuesday.", "2021-02-11", "2021-02-09"));
        assertTrue(Examples.analyse("The Hope probe reached Mars orbit on Tuesday.", "2021-02-11").events().stream()
                .noneMatch(e -> e.kind() == EventKind.LEGAL));
        // a rocket that blasts off is launched; one fired at a base is an attack
        assertEquals(EventKind.OTHER, kind("The rocket blasted off from Cape Canaveral on Saturday.", "2024-03-25",
                "2024-03-23"));
        assertEquals(EventKind.MILITARY, kind("Rebels fired a rocket at the base on Monday.", "2024-03-26",
                "2024-03-25"));
    }

    @Test
    void makingSomeoneTheInterimPresidentIsAnAppointment() {
        assertEquals(EventKind.APPOINTMENT, kind("Parliament on Thursday made Prime Minister Shavkat Mirziyoyev the "
                + "country's interim president.", "2016-09-09", "2016-09-08"));
        assertEquals(EventKind.VISIT, kind("Mirziyoyev made several visits abroad as prime minister in 2015.",
                "2016-09-09", "2015"));
    }

    @Test
    void aPlebisciteIsAVoteLikeAReferendum() {
        assertEquals(EventKind.APPOINTMENT, kind("The general appeared on television last night to acknowledge the "
                + "result of Wednesday's plebiscite.", "1988-10-07", "1988-10-05"));
    }

    @Test
    void departingForAPlaceIsAJourney() {
        assertEquals(EventKind.VISIT, kind("The president departed for London on Sunday for medical treatment.",
                "2017-05-09", "2017-05-07"));
    }

    @Test
    void becomingAnOfficeWrittenWithCapitalsIsAnAppointment() {
        // "became Prime Minister in March 1952": the office, though capitalised; not a title before a name
        assertEquals(EventKind.APPOINTMENT, kind("Dr Nkrumah, who became Prime Minister in March 1952, now leads the "
                + "country.", "1957-03-07", "1952-03"));
        assertEquals(EventKind.APPOINTMENT, kind("Modi became President of the party in May 2014.", "2015-01-07",
                "2014-05"));
    }

    @Test
    void aStabbingIsAnAttackAndWavesThatSweepIntoATownADisaster() {
        assertEquals(EventKind.MILITARY, kind("Goldman was stabbed to death outside her condominium on the night of "
                + "June 12, 1994.", "1995-10-04", "1994-06-12"));
        assertEquals(EventKind.DISASTER, kind("On Sunday, waves up to 25 feet high swept into Puerto Saavedra.",
                "1960-05-23", "1960-05-22"));
        assertEquals(EventKind.DISASTER, kind("Mudflows swept down the river valleys on Monday.", "1991-06-18",
                "1991-06-17"));
        // sweeping to power is still taking office, and a champion sweeping into a final no disaster
        assertEquals(EventKind.APPOINTMENT, kind("Labour swept to power on Friday.", "1997-05-03", "1997-05-02"));
        assertTrue(Examples.analyse("The champion swept into the final on Friday.", "1997-05-03").events().stream()
                .noneMatch(e -> e.kind() == EventKind.DISASTER));
    }

    @Test
    void aDayOwnsItsDemonstrationsAndItsKillingsAsItOwnsItsEarthquake() {
        assertEquals(EventKind.PROTEST, kind("A man was found dead in Havana, the first confirmed death since Sunday's "
                + "unprecedented demonstrations across the island.", "2021-07-14", "2021-07-11"));
    }

    @Test
    void theHappeningANewsStoryIsMeasuredAgainstIsAnEventOfItsKind() {
        Analysis a = Examples.analyse("Volcanologists say the eruption may prove the largest anywhere in the world since "
                + "Katmai in Alaska in 1912, and far bigger than that of Mount St Helens on 18 May 1980.", "1991-06-16");
        assertTrue(a.events().stream().anyMatch(e -> e.when().timeml().equals("1912") && e.kind() == EventKind.DISASTER
                && e.participants().contains("Katmai") && e.title().startsWith("Eruption")), a.events()::toString);
        assertTrue(a.events().stream().anyMatch(e -> e.when().timeml().equals("1980-05-18")
                && e.participants().contains("Mount St Helens")), a.events()::toString);
        // a date or a clause after "since" is no happening named
        a = Examples.analyse("It is the worst air disaster in East Africa since March 2019. It is the first great "
                + "catastrophe since Hawaii became the 50th state last August.", "1960-05-24");
        assertTrue(a.events().stream().noneMatch(e -> e.kind() == EventKind.DISASTER), a.events()::toString);
    }

    @Test
    void whatANamedSpeakerBroadcastIsAStatementButACeremonyBroadcastLiveIsNot() {
        assertEquals(EventKind.STATEMENT, kind("On Saturday Kennedy met Dobrynin. The next morning Radio Moscow "
                + "broadcast Khrushchev's acceptance.", "1962-10-29", "1962-10-28"));
        assertEquals(EventKind.STATEMENT, kind("It opened with President Kennedy's broadcast last Monday.",
                "1962-10-29", "1962-10-22"));
        // the ceremony's day stays the receiving's
        assertEquals(EventKind.OTHER, kind("The girls were received by President Muhammadu Buhari in Abuja yesterday, "
                + "in a brief ceremony broadcast live on national television.", "2017-05-08", "2017-05-07"));
    }

    @Test
    void aGatheringWhereSomethingElseHappenedLeavesTheDayToThatHappening() {
        assertEquals(EventKind.AGREEMENT, kind("President Ford signed the final act of the European security conference "
                + "on Friday.", "1975-08-02", "1975-08-01"));
        assertEquals(EventKind.STATEMENT, kind("In his address to the conference on Friday, Ford said that history "
                + "would judge it.", "1975-08-02", "1975-08-01"));
        // a gathering told alone is still the happening
        assertEquals(EventKind.MEETING, kind("Leaders from 35 nations opened the conference in Helsinki on Wednesday.",
                "1975-08-02", "1975-07-30"));
    }

    @Test
    void theDaysHappeningIsTheMainClausesNotAParticipleOrAWhileClauses() {
        // "at a ceremony held behind closed doors": the ceremony's participle, not the day's happening
        assertEquals(EventKind.APPOINTMENT, kind("Mikheil Kavelashvili took the oath as president yesterday at a "
                + "ceremony held behind closed doors in the parliament in Tbilisi.", "2024-12-30", "2024-12-29"));
        // "while Syria fought on": what went on meanwhile is its own happening of that day
        List<ExtractedEvent> es = Examples.eventsOn("Jordan accepted the ceasefire on Wednesday while Syria fought on.",
                "1967-06-12", "1967-06-07");
        assertTrue(es.stream().anyMatch(e -> e.kind() == EventKind.AGREEMENT && e.participants().equals(List.of("Jordan"))),
                es::toString);
        assertTrue(es.stream().anyMatch(e -> e.participants().contains("Syria")), es::toString);
    }

    @Test
    void aDiscoveryIsTheHappeningItsSentenceDates() {
        List<ExtractedEvent> es = Examples.eventsOn("The discovery of penicillin in 1928 changed medicine.", "2024-06-02",
                "1928");
        assertTrue(es.stream().anyMatch(e -> e.title().startsWith("Discovery")), es::toString);
    }

    @Test
    void anExpeditionIsAJourneyToAPlace() {
        List<ExtractedEvent> es = Examples.eventsOn("The climb ends a struggle that began with the first British "
                + "expedition to Everest in 1921.", "1953-06-02", "1921");
        assertTrue(es.stream().anyMatch(e -> e.kind() == EventKind.VISIT && e.participants().contains("Everest")),
                es::toString);
    }

    @Test
    void aSignThatSomethingIsSoIsNoSigning() {
        assertEquals(EventKind.APPOINTMENT, kind("Yasir al-Rumayyan replaced the energy minister, Khalid al-Falih, as "
                + "Aramco's chairman in September, a sign that the prince wanted his own men in charge.", "2019-12-12",
                "2019-09"));
        assertEquals(EventKind.AGREEMENT, kind("Putin signed the treaty in May.", "2019-12-12", "2019-05"));
    }

    @Test
    void aWarningIsSaidAndATollThatRoseToAFigureIsNoBusiness() {
        assertEquals(EventKind.STATEMENT, kind("The number of people known to have died in Hurricane Dorian rose to 20 "
                + "yesterday, Health Minister Duane Sands said, warning that the figure would grow.", "2019-09-05",
                "2019-09-04"));
        assertEquals(EventKind.STATEMENT, kind("The agency warned on Monday that the river could burst its banks.",
                "2019-09-05", "2019-09-02"));
    }

    @Test
    void aDrawWithAScoreIsAContestASharePlungeIsBusinessAndAStormThatBatteredADisaster() {
        assertEquals(EventKind.OTHER, kind("Leicester drew 1-1 with Manchester United at Old Trafford on Sunday.",
                "2016-05-03", "2016-05-01"));
        assertEquals(EventKind.ECONOMIC, kind("Vale's shares plunged 24 per cent in Sao Paulo on Monday.",
                "2019-01-30", "2019-01-28"));
        assertEquals(EventKind.DISASTER, kind("Hurricane Matthew battered New Providence in October 2016.",
                "2019-09-04", "2016-10"));
        assertEquals(EventKind.OTHER, kind("The rover is due to land in Jezero crater on Feb. 18.", "2021-02-10",
                "2021-02-18"));
    }

    @Test
    void aFuneralOrBurialIsAHappeningOfItsOwn() {
        assertEquals(EventKind.OTHER, kind("Karimov was buried in his home town of Samarkand on Saturday.",
                "2016-09-05", "2016-09-03"));
        assertEquals(EventKind.OTHER, kind("Thousands attended the funeral in Samarkand on Saturday.", "2016-09-05",
                "2016-09-03"));
    }

    @Test
    void welcomingAVisitorIsAMeetingAndWelcomingADecisionAStatement() {
        assertEquals(EventKind.MEETING, kind("Shavkat Mirziyoyev welcomed Vladimir Putin in Samarkand on Tuesday.",
                "2016-09-07", "2016-09-06"));
        assertEquals(EventKind.STATEMENT, kind("The opposition welcomed the decision on Tuesday.", "2016-09-07",
                "2016-09-06"));
        assertEquals(EventKind.STATEMENT, kind("The opposition welcomed Putin's decision on Tuesday.", "2016-09-07",
                "2016-09-06"));
    }

    @Test
    void writingIsSayingACabinetUnveiledAnAppointmentAResolutionAnAgreementAndProceedingsLegal() {
        assertEquals(EventKind.STATEMENT, kind("Lola Karimova wrote on Instagram on Monday that her father was ill.",
                "2016-08-30", "2016-08-29"));
        assertEquals(EventKind.APPOINTMENT, kind("Lawrence Wong unveiled his cabinet on Monday.", "2024-05-14",
                "2024-05-13"));
        assertEquals(EventKind.AGREEMENT, kind("The Security Council adopted a resolution on Thursday.", "2017-01-20",
                "2017-01-19"));
        ExtractedEvent e = Examples.analyse("The Netherlands launched proceedings against Russia on Friday.",
                "2022-07-12").events().get(0);
        assertEquals(EventKind.LEGAL, e.kind());
        assertEquals("Netherlands launches proceedings against Russia", e.title());
    }

    @Test
    void beatingSomeoneAtThePollsIsAnElectionAndBeatingATeamAContest() {
        assertEquals(EventKind.APPOINTMENT, kind("Adama Barrow, who beat Yahya Jammeh at the polls in December, "
                + "returned home.", "2017-01-23", "2016-12"));
        assertEquals(EventKind.OTHER, kind("Leicester beat Everton 3-1 in the final on Saturday.", "2016-05-09",
                "2016-05-07"));
    }

    @Test
    void aMonarchsAbdicationAndAConfirmationAsPrimeMinisterAreChangesOfOffice() {
        assertEquals(EventKind.APPOINTMENT, kind("The queen signed her abdication on Sunday at the palace.",
                "2024-01-15", "2024-01-14"));
        assertEquals(EventKind.APPOINTMENT, kind("Parliament on Wednesday confirmed him as prime minister.",
                "2020-10-15", "2020-10-14"));
        assertEquals(EventKind.STATEMENT, kind("The ministry confirmed on Wednesday that the president would attend.",
                "2020-10-15", "2020-10-14"));
    }

    @Test
    void becomingIndependentIsTheRecognitionOfAState() {
        assertEquals(EventKind.RECOGNITION, kind("The island became independent on Nov. 30, 1966.", "2021-11-30",
                "1966-11-30"));
        assertEquals(EventKind.RECOGNITION, kind("The country gained independence from Britain in 1962.", "2021-11-30",
                "1962"));
    }

    @Test
    void aLaunchIntoSpaceIsAMissionNotAProductOrAWeapon() {
        assertEquals(EventKind.OTHER, kind("The mission was launched on July 14 on a heavy rocket from the space centre.",
                "2023-08-24", "2023-07-14"));
        assertEquals(EventKind.ECONOMIC, kind("The company launched its new phone on Tuesday.", "2023-08-24",
                "2023-08-22"));
        assertEquals(EventKind.MILITARY, kind("Militants fired rockets at the town on Tuesday.", "2023-08-24",
                "2023-08-22"));
    }

    @Test
    void suspendingTradingIsBusinessAndTheCrimeSomeoneIsChargedWithIsNoHappening() {
        assertEquals(EventKind.ECONOMIC, kind("The exchange suspended trading in the shares on Friday.", "2022-10-29",
                "2022-10-28"));
        assertEquals(EventKind.LEGAL, kind("The officer was arrested and charged with murder on Friday.", "2020-05-31",
                "2020-05-29"));
        assertEquals(EventKind.LEGAL, kind("The immigration minister revoked his visa on Friday.", "2022-01-16",
                "2022-01-14"));
    }

    @Test
    void aPromiseOfWordsIsAStatementAndAVoteToJoinAnAgreement() {
        assertEquals(EventKind.STATEMENT, kind("The president promised on Monday night that the cathedral would be rebuilt.",
                "2019-04-16", "2019-04-15"));
        assertEquals(EventKind.AGREEMENT, kind("The party's board voted on Tuesday to join the coalition.", "2022-12-21",
                "2022-12-20"));
    }

    @Test
    void aVoteCountedInMembersOnAMotionIsALegislaturesActUnlessItFillsAnOffice() {
        List<ExtractedEvent> vote = Examples.analyse("The National Assembly voted 190-0 shortly after 1 a.m. on "
                + "Wednesday to demand that the decree be withdrawn.", "2024-12-05").events();
        assertTrue(vote.stream().anyMatch(e -> e.kind() == EventKind.LEGAL && e.title().contains("votes")),
                vote::toString);
        assertTrue(vote.stream().noneMatch(e -> e.kind() == EventKind.APPOINTMENT), vote::toString);
        assertEquals(EventKind.APPOINTMENT, kind("The Senate voted 52-48 on Wednesday to confirm the nominee.",
                "2024-12-05", "2024-12-04"));
    }

    @Test
    void aPassengerJetStrikingAnotherPlaneIsAnAccidentAndFirefightersFightingABlazeNoBattle() {
        assertEquals(EventKind.DISASTER, kind("A passenger jet struck a coast guard aircraft on the runway on Tuesday "
                + "evening.", "2024-01-03", "2024-01-02"));
        assertEquals(EventKind.MILITARY, kind("Fighter jets struck rebel positions on Tuesday.", "2024-01-03",
                "2024-01-02"));
    }

    @Test
    void contestsLostToASideOrTrophiesLiftedAreContestsAndJetsSlammingIntoMountainsCrashes() {
        assertEquals(EventKind.OTHER, kind("New Zealand ended as runners-up after losing to Australia in 2015.",
                "2019-07-15", "2015"));
        assertEquals(EventKind.OTHER, kind("Bobby Moore lifted football's World Cup at Wembley in July 1966.",
                "2019-07-15", "1966-07"));
        assertEquals(EventKind.DISASTER, kind("In August 1985 one of its jumbo jets slammed into a mountain.",
                "2024-01-04", "1985-08"));
        assertEquals(EventKind.ECONOMIC, kind("His lawyer had paid $130,000 to the actress in October 2016.",
                "2024-05-31", "2016-10"));
        List<ExtractedEvent> toll = Examples.analyse("The death toll passed 11,000 on Wednesday.", "2023-02-09").events();
        assertTrue(toll.stream().noneMatch(e -> e.kind() == EventKind.ECONOMIC), toll::toString);
    }

    @Test
    void anIngWordUsedAsANounNamesAHappeningButNotAsAnAdjective() {
        assertEquals(EventKind.LEGAL, kind("Sentencing is set for 11 July.", "2024-05-31", "2024-07-11"));
        List<ExtractedEvent> es = Examples.analyse("The president visited the epicentre of this week's devastating "
                + "earthquake on Wednesday.", "2023-02-08").events();
        assertTrue(es.stream().anyMatch(e -> e.kind() == EventKind.VISIT), es::toString);
    }

    @Test
    void takingOverACompanyIsAPurchaseAndTakingOverPowersAChangeOfOffice() {
        assertEquals(EventKind.ECONOMIC, kind("Elon Musk took over the company on Thursday night.", "2022-10-29",
                "2022-10-27"));
        assertEquals(EventKind.APPOINTMENT, kind("Japarov took over the presidential powers on Friday.", "2020-10-22",
                "2020-10-16"));
    }

    @Test
    void yearsOfRuleEndedAreAChangeOfPowerNotACourtsRuling() {
        assertEquals(EventKind.APPOINTMENT, kind("On Saturday the Labor Party ended nearly nine years of conservative rule.",
                "2022-05-23", "2022-05-21"));
        assertEquals(EventKind.LEGAL, kind("The court will rule on Monday.", "2022-05-19", "2022-05-23"));
        List<ExtractedEvent> es = Examples.analyse("The minister did not rule out new elections on Monday.", "2022-05-23")
                .events();
        assertTrue(es.stream().noneMatch(e -> e.kind() == EventKind.LEGAL), es::toString);
    }

    @Test
    void policeFiringTearGasAtProtestersIsAProtestBrokenUpAndAMissedPaymentADefault() {
        assertEquals(EventKind.PROTEST, kind("Riot police fired tear gas on Sunday at several hundred protesters.",
                "2018-06-18", "2018-06-17"));
        assertEquals(EventKind.ECONOMIC, kind("The country defaulted on its debt when it missed a Eurobond payment in "
                + "November 2020.", "2021-08-16", "2020-11"));
        assertEquals(EventKind.APPOINTMENT, kind("He has led the government since March 2009, when he took over in the "
                + "middle of a recession.", "2013-11-28", "2009-03"));
    }

    @Test
    void aBodyThatMetAndDecidedIsToldByWhatItDecided() {
        assertEquals(EventKind.STATEMENT, kind("The Constitutional Council met on Wednesday and formally declared the "
                + "presidency vacant.", "2019-04-04", "2019-04-03"));
        assertEquals(EventKind.MEETING, kind("The two ministers met on Wednesday in Geneva.", "2019-04-04", "2019-04-03"));
    }

    @Test
    void aDisasterThatKilledIsADisasterEvenWithItsDateBetweenAndASecondClauseKeepsItsObjectsKind() {
        assertEquals(EventKind.DISASTER, kind("A magnitude 6.5 tremor in May last year killed one man in Suzu.",
                "2024-01-02", "2023-05"));
        List<ExtractedEvent> es = Examples.analyse("England won the cricket World Cup at Lord's yesterday, and Lewis "
                + "Hamilton won the British Grand Prix at Silverstone.", "2019-07-15").events();
        assertTrue(es.stream().noneMatch(e -> e.kind() == EventKind.APPOINTMENT), es::toString);
        assertEquals(EventKind.ECONOMIC, kind("Twitter's shares were suspended on the New York Stock Exchange "
                + "yesterday.", "2022-10-29", "2022-10-28"));
    }

    @Test
    void aHappeningToldByItsBeginningIsThatHappening() {
        assertEquals(EventKind.OTHER, kind("The tournament starts Monday in Melbourne.", "2022-01-16", "2022-01-17"));
        assertEquals(EventKind.LEGAL, kind("The trial began on Tuesday in Paris.", "2022-01-20", "2022-01-18"));
    }

    @Test
    void aLegislaturesVotesAndLawsAreLegalActsAndPassingAwayIsADeath() {
        assertEquals(EventKind.LEGAL, kind("The National Assembly voted on Wednesday to overturn the order.",
                "2024-12-05", "2024-12-04"));
        assertEquals(EventKind.LEGAL, kind("Parliament passed the budget on Wednesday.", "2024-12-05", "2024-12-04"));
        assertEquals(EventKind.OTHER, kind("The former president passed away on Wednesday.", "2024-12-05",
                "2024-12-04"));
        assertEquals(EventKind.APPOINTMENT, kind("She served as prime minister from 2010 to 2015.", "2024-12-05",
                "2010-01-01/2015-12-31"));
        assertEquals(EventKind.MEETING, kind("The king attended the summit on Wednesday.", "2024-12-05", "2024-12-04"));
    }

    @Test
    void signingADecreeIsALegalActAndSigningATreatyAnAgreement() {
        assertEquals(EventKind.LEGAL, kind("Later on Saturday the president signed a decree imposing a curfew in the region.",
                "2022-07-03", "2022-07-02"));
        assertEquals(EventKind.AGREEMENT, kind("The two ministers signed a treaty on Saturday.", "2022-07-03",
                "2022-07-02"));
    }

    @Test
    void droppingOrWithdrawingABillIsNoAttack() {
        assertEquals(EventKind.OTHER, kind("The president on Saturday abandoned the proposed constitutional changes.",
                "2022-07-03", "2022-07-02"));
        assertEquals(EventKind.OTHER, kind("The president on Wednesday withdrew the finance bill.", "2024-06-27",
                "2024-06-26"));
    }

    @Test
    void anElectionHeldOnADayIsAnElectionNotAMeeting() {
        assertEquals(EventKind.APPOINTMENT, kind("In the presidential election held on Sunday, the incumbent won "
                + "42 percent.", "2024-10-21", "2024-10-20"));
        assertEquals(EventKind.MEETING, kind("The talks were held in Geneva on Sunday.", "2024-10-21", "2024-10-20"));
    }

    @Test
    void aWinByAScoreIsAContestNotAnElection() {
        assertEquals(EventKind.OTHER, kind("Nigeria played a semi-final against South Africa on Wednesday, which "
                + "they won 4-2 on penalties.", "2024-02-09", "2024-02-07"));
    }

    @Test
    void takingTheirOathsIsTakingOffice() {
        assertEquals(EventKind.APPOINTMENT, kind("On May 24 the new ministers took their oaths in a tent outside "
                + "parliament.", "2021-05-25", "2021-05-24"));
    }

    @Test
    void artilleryAndDroneStrikesAreAttacksAndAGeneralStrikeAProtest() {
        assertEquals(EventKind.MILITARY, kind("The army began its operation on Tuesday with artillery and drone "
                + "strikes on positions around the city.", "2023-09-20", "2023-09-19"));
        assertEquals(EventKind.PROTEST, kind("Unions called a general strike on Tuesday.", "2023-09-20", "2023-09-19"));
    }

    @Test
    void onTheOrdersOfSomeoneIsACommandNotAPurchase() {
        assertEquals(EventKind.APPOINTMENT, kind("On May 24, with the doors locked on the orders of the speaker, the "
                + "new ministers took their oaths outside.", "2021-05-25", "2021-05-24"));
    }

    @Test
    void judgesOfACourtFindingIsARuling() {
        assertEquals(EventKind.LEGAL, kind("On July 23 three judges of the Court of Appeal found that the ceremony "
                + "had been lawful.", "2021-07-24", "2021-07-23"));
    }

    @Test
    void beingAdmittedAsAMemberIsJoining() {
        assertEquals(EventKind.AGREEMENT, kind("The country was formally admitted as the 11th member of the bloc on "
                + "Sunday.", "2025-10-27", "2025-10-26"));
    }

    @Test
    void lawmakersOustingAPresidentIsAVoteAndSoldiersOustingHimACoup() {
        assertEquals(EventKind.APPOINTMENT, kind("Lawmakers yesterday ousted the president in an impeachment vote.",
                "2022-12-08", "2022-12-07"));
        assertEquals(EventKind.MILITARY, kind("Soldiers yesterday ousted the president and closed the borders.",
                "2022-12-08", "2022-12-07"));
    }

    @Test
    void liftingMartialLawIsALegalActAndABombGoingOffAnAttack() {
        assertEquals(EventKind.LEGAL, kind("The president lifted martial law at 4:30 a.m. on Wednesday.", "2024-12-05",
                "2024-12-04"));
        assertEquals(EventKind.MILITARY, kind("Eighteen people died when explosives packed in a motorcycle went off "
                + "yesterday.", "2024-02-08", "2024-02-07"));
    }

    @Test
    void risingPricesAreBusinessButARisingTollIsNoHappeningAndAFallingRoofAnAccident() {
        assertEquals(EventKind.ECONOMIC, kind("Consumer prices rose 4 percent in March 2023.", "2023-04-12", "2023-03"));
        assertTrue(Examples.analyse("The death toll rose on Thursday as rescuers reached the village.", "2023-04-14")
                .events().stream().noneMatch(e -> e.kind() == EventKind.ECONOMIC));
        assertEquals(EventKind.DISASTER, kind("The roof of the supermarket fell in on Thursday evening.", "2013-11-25",
                "2013-11-21"));
        assertEquals(EventKind.DISASTER, kind("The roof of the supermarket gave way on Thursday.", "2013-11-25",
                "2013-11-21"));
    }

    @Test
    void walkingOutIsAStrikeClinchingTheTitleAContestAndHandingPowerAnInauguration() {
        assertEquals(EventKind.PROTEST, kind("The airline's pilots walked out on Monday.", "2022-07-05", "2022-07-04"));
        assertEquals(EventKind.OTHER, kind("The Raptors clinched the title on Thursday night.", "2019-06-15",
                "2019-06-13"));
        assertEquals(EventKind.APPOINTMENT, kind("He handed power on Jan. 27 to his successor.", "2022-02-16",
                "2022-01-27"));
    }

    @Test
    void riotsAndUnrestAreProtests() {
        assertEquals(EventKind.PROTEST, kind("The unrest began on Wednesday in the capital.", "2021-11-26",
                "2021-11-24"));
    }

    @Test
    void aDateOwnedByAnOccasionDatesWhatHappenedAtIt() {
        assertEquals(EventKind.AGREEMENT, kind("The two ministers signed the accord at yesterday's ceremony on the "
                + "lake shore.", "2018-06-18", "2018-06-17"));
    }

    @Test
    void aJudgmentIsARulingAndSurvivingANoConfidenceMotionAVote() {
        assertEquals(EventKind.LEGAL, kind("The government appealed against Monday's judgment that nullified the "
                + "election.", "2020-02-05", "2020-02-03"));
        assertEquals(EventKind.APPOINTMENT, kind("The prime minister survived a no-confidence motion on Saturday.",
                "2018-06-18", "2018-06-16"));
    }

    @Test
    void aDateAfterSinceBelongsToTheClauseItIntroduces() {
        assertEquals(EventKind.LEGAL, kind("He has been held at a police base since his arrest on Tuesday.",
                "2022-02-17", "2022-02-15"));
        assertEquals(EventKind.APPOINTMENT, kind("The coalition, in power since 1957, lost Wednesday's election.",
                "2018-05-12", "2018-05-09"));
        assertTrue(Examples.analyse("The country has been shaken by protests since the commission announced the "
                + "result on May 27.", "2020-02-05").events().stream().noneMatch(e -> e.kind() == EventKind.PROTEST));
    }

    @Test
    void concedingDefeatIsAStatementAndAppealingForCalmNoCourtCase() {
        assertEquals(EventKind.STATEMENT, kind("The prime minister conceded defeat on Saturday night.", "2022-05-22",
                "2022-05-21"));
        assertEquals(EventKind.STATEMENT, kind("The president appealed for calm on Thursday.", "2024-05-17",
                "2024-05-16"));
        assertEquals(EventKind.LEGAL, kind("The former minister appealed against the verdict on Thursday.",
                "2024-05-17", "2024-05-16"));
    }

    @Test
    void sweepingToPowerIsTakingOffice() {
        assertEquals(EventKind.APPOINTMENT, kind("Labor swept to power on Saturday.", "2022-05-22", "2022-05-21"));
    }

    @Test
    void aPrizeWonOrAwardedIsARecognitionNotAnElection() {
        assertEquals(EventKind.RECOGNITION, kind("The Polish poet won the Nobel Prize in Literature in 1996.",
                "2012-02-01", "1996"));
        assertEquals(EventKind.RECOGNITION, kind("The architect was awarded the Pritzker prize on Tuesday.",
                "2019-03-07", "2019-03-05"));
        assertEquals(EventKind.RECOGNITION, kind("The Booker prize was awarded to the novelist in October 2013.",
                "2014-01-10", "2013-10"));
        assertEquals(EventKind.APPOINTMENT, kind("The mayor won a second term in May 2018.", "2019-01-10", "2018-05"));
    }

    @Test
    void aBlazeThatSweptThroughAClubIsADisasterAndFireSetByACrowdAProtest() {
        assertEquals(EventKind.DISASTER, kind("Eleven people died when fire swept through a packed bar in the port "
                + "early on Saturday.", "2018-06-11", "2018-06-09"));
        assertEquals(EventKind.DISASTER, kind("Sparks from a faulty heater set fire to the roof of a hostel in Split on "
                + "Monday.", "2018-06-11", "2018-06-11"));
        assertEquals(EventKind.PROTEST, kind("Rioters set fire to the town hall in the capital on Thursday.",
                "2018-06-11", "2018-06-07"));
        assertEquals(EventKind.MILITARY, kind("Soldiers opened fire on the convoy near the border on Wednesday.",
                "2018-06-11", "2018-06-06"));
    }

    @Test
    void harmDoneByAStormIsADisasterNotAnAttack() {
        assertEquals(EventKind.DISASTER, kind("Typhoon Haiyan destroyed or damaged a million homes in November 2013.",
                "2014-03-01", "2013-11"));
        assertEquals(EventKind.DISASTER, kind("Bush fires killed 14 people in the state in January.", "2020-03-01",
                "2020-01"));
    }

    @Test
    void anOrderIsAPurchaseOnlyWhenGoodsOrMoneyAreOrderedOtherwiseItIsTheHappeningItOrders() {
        assertEquals(EventKind.ECONOMIC, kind("The airline ordered 40 jets from Airbus on Monday.", "2017-06-21",
                "2017-06-19"));
        assertEquals(EventKind.ECONOMIC, kind("The shipyard won a $2bn order from the navy in March.", "2017-06-21",
                "2017-03"));
        assertEquals(EventKind.MILITARY, kind("The governor ordered the mobilisation of the National Guard on "
                + "Saturday.", "2017-06-21", "2017-06-17"));
        assertTrue(kind("The president ordered three days of national mourning on Thursday.", "2017-06-21",
                "2017-06-15") != EventKind.ECONOMIC);
    }

    @Test
    void admittingIsSayingUnlessItIsIntoABlocOrAHospital() {
        assertEquals(EventKind.STATEMENT, kind("The carmaker admitted on Tuesday that it had cheated emissions tests.",
                "2015-09-24", "2015-09-22"));
        assertTrue(Examples.analyse("He was admitted to hospital on Sunday.", "2015-09-24").events().stream()
                .noneMatch(e -> e.kind() == EventKind.STATEMENT || e.kind() == EventKind.AGREEMENT));
    }

    @Test
    void anAttackByACrowdIsAProtestAndAVerbCameoAloneFilesUnderCuttingTiesIsNoThreat() {
        assertEquals(EventKind.PROTEST, kind("Relations broke down after the storming of the Danish embassy in "
                + "Damascus by protesters in February 2006.", "2010-03-01", "2006-02"));
        assertTrue(Examples.analyse("The signal was picked up by detectors in Italy on 14 September.", "2015-10-01")
                .events().stream().noneMatch(e -> e.kind() == EventKind.THREAT));
    }

    @Test
    void aFirstRoundIsABallotNearElectionWordsAndBeingNamedToARoleIsAnAppointment() {
        assertEquals(EventKind.APPOINTMENT, kind("Voters in Chile chose between seven candidates for president in the "
                + "first round on 21 November.", "2021-12-20", "2021-11-21"));
        assertEquals(EventKind.APPOINTMENT, kind("Herbert Diess was named chief executive of the carmaker on Thursday.",
                "2018-04-14", "2018-04-12"));
        assertEquals(EventKind.MILITARY, kind("Former president Kirchner survived an attempt on her life in Buenos "
                + "Aires on Sept. 1.", "2022-12-06", "2022-09-01"));
        assertEquals(EventKind.RECOGNITION, kind("Last year's prize went to Annie Ernaux in October.", "2023-03-10",
                "2022-10"));
        assertEquals(EventKind.PROTEST, kind("The Soweto uprising began in Johannesburg in June 1976.", "2016-06-16",
                "1976-06"));
    }

    @Test
    void whatEruptsGivesTheKindAndAnAttackOfWordsIsAStatement() {
        assertEquals(EventKind.PROTEST, kind("Protests erupted in Dhaka on Monday after the verdict.", "2024-07-20",
                "2024-07-15"));
        assertEquals(EventKind.DISASTER, kind("Mount Merapi erupted on Monday, sending ash over Yogyakarta.",
                "2024-07-20", "2024-07-15"));
        assertEquals(EventKind.STATEMENT, kind("The senator launched a scathing attack on the governor on Monday.",
                "2024-07-20", "2024-07-15"));
        assertEquals(EventKind.OTHER, kind("The Soyuz capsule docked with the space station on Monday.", "2024-07-20",
                "2024-07-15"));
    }

    @Test
    void aMatchAgainstANamedSideIsAContestAndAnOccasionThatClosesOrGoesAheadTakesPlace() {
        assertEquals(EventKind.OTHER, kind("Peru's team is due to play Bulgaria in Leon on Tuesday.", "1970-06-01",
                "1970-06-02"));
        assertEquals(EventKind.OTHER, kind("The Games close on 1 August.", "1976-07-23", "1976-08-01"));
        assertEquals(EventKind.OTHER, kind("The end of the strike means the Oscars can go ahead on Feb. 24 as planned.",
                "2008-02-12", "2008-02-24"));
        assertEquals(EventKind.MEETING, kind("The talks resumed in Geneva on Monday.", "2008-02-12", "2008-02-11"));
        // what a happening's course tells needs the happening: a sitting that closes is a meeting, a shop no trade
        assertEquals(EventKind.MEETING, kind("The session closed on Monday with a vote.", "2008-02-12", "2008-02-11"));
        assertEquals(EventKind.OTHER, kind("The bakery closed its doors on Monday.", "2008-02-12", "2008-02-11"));
    }

    @Test
    void aVolcanoThatWakesEruptsAndAMarketThatClosesHigherTrades() {
        assertEquals(EventKind.DISASTER, kind("The volcano had woken in July 1995, and for two years islanders lived "
                + "with ash.", "1997-06-26", "1995-07"));
        assertEquals(EventKind.ECONOMIC, kind("The Dow Jones industrial average closed 102 points higher yesterday.",
                "1987-10-21", "1987-10-20"));
        assertEquals(EventKind.ECONOMIC, kind("Subscriptions opened on 17 November.", "2019-12-13", "2019-11-17"));
        // a man who woke early is no eruption
        assertTrue(Examples.analyse("The farmer woke early on Monday.", "2019-12-13").events().stream()
                .noneMatch(e -> e.kind() == EventKind.DISASTER));
    }

    @Test
    void acceptingAnOfferIsAnAgreementAndASumInPoundsIsNoShelling() {
        assertEquals(EventKind.AGREEMENT, kind("Manchester United accepted a world-record offer of 80 million pounds "
                + "($131 million) from Real Madrid for Cristiano Ronaldo on Thursday, clearing the way for the winger "
                + "to move to Spain.", "2009-06-11", "2009-06-11"));
        assertEquals(EventKind.APPOINTMENT, kind("President Lula accepted the minister's resignation on Friday.",
                "2009-06-13", "2009-06-12"));
        assertTrue(Examples.analyse("The club paid 80 million pounds for the striker on Friday.", "2009-06-13").events()
                .stream().noneMatch(e -> e.kind() == EventKind.MILITARY));
        assertEquals(EventKind.MILITARY, kind("Artillery pounded the town on Friday.", "2009-06-13", "2009-06-12"));
    }

    @Test
    void aTournamentThatBeginsADrawASummitCalledOffAndSharesThatStartTradingAreHappenings() {
        assertEquals(EventKind.OTHER, kind("The Australian Open begins this morning without its nine-time champion.",
                "2022-01-17", "2022-01-17"));
        assertEquals(EventKind.OTHER, kind("Leicester had to settle for a goalless draw at Old Trafford on Sunday.",
                "2016-05-03", "2016-05-01"));
        assertEquals(EventKind.OTHER, kind("Trump called it off in a letter to Kim on May 24.", "2018-06-12",
                "2018-05-24"));
        assertEquals(EventKind.ECONOMIC, kind("Stellantis shares will start trading on the New York Stock Exchange on "
                + "Tuesday.", "2021-01-18", "2021-01-19"));
    }

    @Test
    void aVerbWithAPrefixIsStillAVerbButACompoundAdjectiveIsNot() {
        assertEquals(EventKind.APPOINTMENT, kind("John Smith was re-elected president on Sunday.", "2019-02-15",
                "2019-02-10"));
        ExtractedEvent e = Examples.eventsOn("John Smith was re-elected president on Sunday.", "2019-02-15",
                "2019-02-10").get(0);
        assertEquals("Smith is re-elected president", e.title());
        assertEquals(EventKind.APPOINTMENT, kind("Nazarbayev was re-elected in 2015.", "2019-03-20", "2015"));
        // "government-held areas": what the government holds, no holding told
        assertTrue(Examples.analyse("Rebels shelled government-held areas on Monday.", "2019-02-15").events().stream()
                .noneMatch(x -> x.kind() == EventKind.MEETING), Examples.analyse("Rebels shelled government-held "
                + "areas on Monday.", "2019-02-15").events()::toString);
    }

    @Test
    void aTownThatFallsIsTakenByForceWhileSharesThatFallOnADayAreBusiness() {
        assertEquals(EventKind.MILITARY, kind("Mosul fell to Islamic State fighters on June 10, 2014.", "2014-06-12",
                "2014-06-10"));
        assertEquals(EventKind.MILITARY, kind("Kabul fell to the Taliban on Sunday.", "2021-08-17", "2021-08-15"));
        // (a date's day or year after the verb is no figure of a fall)
        assertEquals(EventKind.ECONOMIC, kind("Shares in the airline fell 12 percent on Monday.", "2021-08-17",
                "2021-08-16"));
    }

    @Test
    void aMarathonOrATourWonIsAContestNotAnElection() {
        assertEquals(EventKind.OTHER, kind("Eliud Kipchoge won the marathon in Berlin on Sunday.", "2022-09-26",
                "2022-09-25"));
        assertEquals(EventKind.OTHER, kind("Tadej Pogacar won the Tour de France on Sunday.", "2020-09-21",
                "2020-09-20"));
        // ... while a run-off won is an election still
        assertEquals(EventKind.APPOINTMENT, kind("Javier Milei won the run-off on Sunday.", "2023-11-20", "2023-11-19"));
    }
}
