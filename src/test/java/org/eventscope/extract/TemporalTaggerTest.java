package org.eventscope.extract;

import org.eventscope.model.Analysis;
import org.eventscope.model.TimexType;
import org.junit.jupiter.api.Test;

import static org.eventscope.extract.Examples.analyse;
import static org.eventscope.extract.Examples.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Date expressions and their TimeML values, as examples. */
class TemporalTaggerTest {
    private static final String JAN25 = "2021-01-25"; // a Monday
    private static final String JAN26 = "2021-01-26"; // a Tuesday

    @Test
    void lastYearInAnArticleOf25January2021Is2020() {
        assertEquals("2020", value("The presidents met twice last year.", JAN25, "last year"));
    }

    @Test
    void onMondayInAnArticleOfTuesday26January2021Means25January() {
        assertEquals("2021-01-25", value("The ministers met on Monday in Moscow.", JAN26, "Monday"));
    }

    @Test
    void onMondayInAnArticleOfThatMondayIsThatDay() {
        assertEquals("2021-01-25", value("Lavrov said on Monday that talks went well.", JAN25, "Monday"));
    }

    @Test
    void aWeekdayInAFutureSentenceIsTheNextOne() {
        assertEquals("2021-02-01", value("The delegation will arrive on Monday.", JAN26, "Monday"));
        // a schedule told in the present in an article's body is still to come, even when the weekday just gone is
        // nearer ("begins on Tuesday" in Friday's paper: next Tuesday, not three days ago)
        assertEquals("2023-01-24", value("Lawyers met the judge on Thursday. The trial begins on Tuesday.", "2023-01-20",
                "Tuesday"));
    }

    @Test
    void absoluteDatesInTheUsualWritings() {
        assertEquals("2008-08-26", value("It happened on August 26, 2008.", JAN25, "August 26, 2008"));
        assertEquals("2008-08-26", value("It happened on 26 August 2008.", JAN25, "26 August 2008"));
        assertEquals("2021-01-26", value("Signed on 26th January, 2021 in Sochi.", JAN25, "26th January, 2021"));
        assertEquals("2008-08-26", value("Filed 2008-08-26 by the court.", JAN25, "2008-08-26"));
        assertEquals("2023-12-28", value("Thu, 28/12/2023 - 16:00", "2023-12-28", "Thu, 28/12/2023"));
        assertEquals("2016-05-26", value("Posted 26 May.'16 by staff.", JAN25, "26 May.'16"));
        assertEquals("2010-02-12", value("Published 12 Feb, 2010.", JAN25, "12 Feb, 2010"));
        // a timestamp as pages give it: its seconds and zone are part of it, no name of the text
        assertEquals("2024-03-05T10:02", value("The statement, stamped 2024-03-05T10:02:00Z, was short.", JAN25,
                "2024-03-05T10:02:00Z"));
        assertEquals("2024-03-05T22:15", value("Filed 2024-03-05T22:15:00.000+03:00 by the court.", JAN25,
                "2024-03-05T22:15:00.000+03:00"));
    }

    @Test
    void partialDates() {
        assertEquals("2017-11", value("They met in November 2017 in Sochi.", JAN25, "November 2017"));
        assertEquals("2022", value("Elections will be held in 2022.", JAN25, "2022"));
        assertEquals("199", value("The war of the 1990s left scars.", JAN25, "the 1990s"));
    }

    @Test
    void aMonthAfterThePublicationMonthInAPastSentenceIsLastYears() {
        assertEquals("2020-11-17", value("Bzhania appointed Ardzinba on November 17.", JAN25, "November 17"));
        assertEquals("2021-11-17", value("Bzhania appointed Ardzinba on November 17.", "2021-12-21", "November 17"));
    }

    @Test
    void aMonthBeforeThePublicationMonthInAFutureSentenceIsNextYears() {
        assertEquals("2022-01-10", value("The summit will open on January 10.", "2021-12-21", "January 10"));
    }

    @Test
    void bareMonthTakesItsYearFromThePublicationDate() {
        assertEquals("2021-02", value("Talks are planned in February.", JAN25, "February"));
    }

    @Test
    void quartersSeasonsAndWeeks() {
        assertEquals("2020-01-01/2020-09-30",
                value("Trade grew in the first three quarters of 2020.", JAN25, "the first three quarters of 2020"));
        assertEquals("2020-Q3", value("Profits fell in the third quarter of 2020.", JAN25, "the third quarter of 2020"));
        assertEquals("2016-SU", value("The plant will open this summer.", "2016-03-10", "this summer"));
        assertEquals("2021-W03", value("Protests began last week.", JAN25, "last week"));
        // a plan told in the past perfect was for a day near the story's, which may have passed (not next year's)
        assertEquals("2021-01-24", value("The vote had been set for January 24.", JAN25, "January 24"));
        assertEquals("2022-01-24", value("The vote has been set for January 24.", JAN25, "January 24"));
        // a clause about a day's own happening tells its tense: the referendum was the Sunday before
        assertEquals("2021-01-24", value("Sunday's referendum, in which six million voters rejected the plan, was the "
                + "last step.", "2021-01-28", "Sunday"));
        assertEquals("2021-01-31", value("Sunday's referendum, in which six million voters will decide, is the last "
                + "step.", "2021-01-28", "Sunday"));
        // "to" before a body is a preposition, no infinitive of a plan: the handing over is past
        assertEquals("2021-01-19", value("Ruto handed the report to government officials on Tuesday.", JAN25, "Tuesday"));
        assertEquals("2021-01-26", value("Ruto agreed to meet officials on Tuesday.", JAN25, "Tuesday"));
        // a Sunday paper's "last week" is the week the Sunday closes (Monday 18 to Saturday 23 January), not the one before
        assertEquals("2021-W03", value("Protests began last week.", "2021-01-24", "last week"));
        assertEquals("2021-W02", value("Protests began last week.", "2021-01-23", "last week"));
        // ... and so is "the previous week" told from a Sunday the story is at
        assertEquals("2021-W03", value("The final was played on Sunday, January 24. Three draws the previous week had "
                + "worried him.", "2021-01-27", "the previous week"));
        assertEquals("2022-SP", value("Voting is due in the spring of next year.", JAN25, "the spring of next year"));
    }

    @Test
    void relativeDates() {
        assertEquals("2021-01-25", value("Today we will sign the plan.", JAN25, "Today"));
        assertEquals("2021-01-24", value("Troops withdrew yesterday.", JAN25, "yesterday"));
        assertEquals("2021-02", value("Talks resume next month.", JAN25, "next month"));
        assertEquals("2021-W02", value("The envoy left two weeks ago.", JAN25, "two weeks ago"));
        assertEquals("2021-01", value("The deal was signed earlier this month.", JAN25, "earlier this month"));
        assertEquals("2020-12", value("Fighting resumed late last month.", JAN25, "late last month"));
        assertEquals("2021", value("Agreements signed during the year.", "2021-12-21", "the year"));
    }

    @Test
    void businessNewsExpressions() {
        assertEquals("1998-Q1", value("Profits rose in the current quarter.", "1998-01-08", "the current quarter"));
        assertEquals("1997", value("Sales were up from a year earlier.", "1998-01-08", "a year earlier"));
        assertEquals("1998-01-08", value("Earlier today the board met.", "1998-01-08", "Earlier today"));
        assertEquals("1998-01-08T12:00", value("Shares closed at noon.", "1998-01-08", "noon"));
        assertEquals("1998-01-07", value("Sales fell late yesterday.", "1998-01-08", "late yesterday"));
        assertEquals("FY1997", value("The company reported fiscal 1997 results.", "1998-01-08", "fiscal 1997"));
        // "the coming months" is the future as a whole (FUTURE_REF, as HeidelTime reads "coming" + unit)
        assertEquals("FUTURE_REF", value("Prices may rise in the coming months.", "1998-01-08", "the coming months"));
        assertEquals("1998-01-08T15:00", value("Trading stopped at 3pm.", "1998-01-08", "3pm"));
    }

    @Test
    void theNightOfADateIsThatDaysNight() {
        assertEquals("2008-08-08TNI", value("On the night of August 8, 2008, rockets fell.", JAN25,
                "the night of August 8, 2008"));
    }

    @Test
    void ranges() {
        assertEquals("2021-11-11/2021-11-13", value("He is on a trip on November 11-13.", "2021-11-12", "November 11-13"));
        assertEquals("2021-04-18/2021-04-19", value("Talks will be held on April 18\u201319.", JAN25, "April 18\u201319"));
        assertEquals("2017-06-20/2017-06-21", value("A forum on 20-21 June 2017 met.", JAN25, "20-21 June 2017"));
        assertEquals("2021-01-01/2022-12-31", value("A plan for 2021-2022 was agreed.", JAN25, "2021-2022"));
        assertEquals("1991-01-01/1992-12-31", value("The war of 1991-92 ended.", JAN25, "1991-92"));
        // TimeML tags both ends of "from 2009 to 2012"; the event the sentence reports spans both
        assertEquals("2009", value("He served as mayor from 2009 to 2012.", JAN25, "2009"));
        assertEquals("2012", value("He served as mayor from 2009 to 2012.", JAN25, "2012"));
        Analysis a = analyse("Troops fought in the region from 2009 to 2012.", JAN25);
        assertEquals("2009-01-01/2012-12-31", a.events().get(0).when().timeml());
        assertEquals("from 2009 to 2012", a.events().get(0).dateText());
    }

    @Test
    void timesOfDayTakeTheirDayFromTheLineOrThePublicationDate() {
        assertEquals("2021-01-25T17:40", value("Mon 25th January 2021 | 05:40 PM", JAN25, "05:40 PM"));
        assertEquals("2023-12-28T16:00", value("Thu, 28/12/2023 - 16:00", "2023-12-28", "16:00"));
    }

    @Test
    void durationsAndSets() {
        assertEquals("P5D", value("Moscow routed the troops in five days.", JAN25, "five days"));
        assertEquals("P10Y", value("It took a decade to rebuild.", JAN25, "a decade"));
        assertEquals("P2Y", value("The plan covers two years of work.", JAN25, "two years"));
        Analysis a = analyse("The forum meets every year in Sochi.", JAN25);
        assertEquals(TimexType.SET, a.timex().get(0).type());
        assertEquals("P1Y", a.timex().get(0).value());
    }

    @Test
    void inAnUndatedArticleADayNamedWithItsWeekdayTellsTheWeekOfTheBareWeekdays() {
        String text = "The new president was sworn in on Friday, March 19. Her predecessor had died on Wednesday. "
                + "His funeral will be held on Monday.";
        assertEquals("XXXX-03-17", value(text, null, "Wednesday"));
        assertEquals("XXXX-03-22", value(text, null, "Monday"));
        // the nearer of the two such weekdays around the day last given: the narrative may go on to the next day
        assertEquals("XXXX-06-30", value("Icelanders went to the polls on Sunday, June 29. The outcome was not "
                + "certain until Monday morning.", null, "Monday"));
        // ... a part of the day between them too
        assertEquals("XXXX-02-10", value("The last envelope was opened in Los Angeles on Sunday evening, February 9. "
                + "President Moon congratulated the team on Monday.", null, "Monday"));
        // "the next morning" goes on from the narrative's own last day, not one told in the past perfect before it
        String coup = "At 6.23 in the evening of Monday, February 23, the colonel stormed the chamber. The prime minister "
                + "had announced his resignation on January 29. Shortly after one o'clock the next morning the King "
                + "appeared on screen.";
        assertEquals("XXXX-02-24TMO", value(coup, null, "the next morning"));
        assertEquals("2023-12-11", value("Parliament had elected Tusk as prime minister on Monday, after Morawiecki "
                + "lost a confidence vote the same day.", "2023-12-13", "the same day"));
        // without such a day the weekday stays a weekday of an unknown week
        assertEquals("XXXX-WXX-3", value("Her predecessor had died on Wednesday.", null, "Wednesday"));
    }

    @Test
    void unknownPublicationDateKeepsWhatTheTextGivesAndInventsNoYear() {
        assertEquals("XXXX-11-12", value("Lavrov met on November 12 with Medoev.", null, "November 12"));
        assertEquals("2008-08-26", value("Moscow recognised them on August 26, 2008.", null, "August 26, 2008"));
        String v = value("The talks ended yesterday.", null, "yesterday");
        assertFalse(v.matches("\\d{4}.*"), v);
        // a time of day takes the day named with it, as far as the text tells it
        assertEquals("XXXX-11-01T11:52", value("At 11:52 on November 1, the canopy above the entrance broke away.",
                null, "11:52"));
    }

    @Test
    void numbersThatAreNotDatesAreNotDates() {
        for (String s : new String[]{"About 130 agreements have been signed.", "Trade grew by almost 20 percent.",
                "Director of the Fourth CIS Department spoke.", "The 3+3 platform was launched.",
                "Call +7 495 123-45-67 for details.", "It cost $2,000 and 1500 troops.",
                "After the fall of Kabul, the Arab Spring of discontent spread.", "May I ask?",
                "Version 2.0.1 runs on 10.1.1.1 with 20.5 percent more speed."}) {
            Analysis a = analyse(s, JAN25);
            assertTrue(a.timex().stream().noneMatch(t -> t.type() == TimexType.DATE), s + " -> " + a.timex());
        }
    }

    @Test
    void aPlansPeriodIsATimexButNotTheDateOfTheSigning() {
        Analysis a = analyse("Lavrov and Medoev on Monday signed the 2021-2022 consultations plan.", JAN26);
        assertTrue(a.timex().stream().anyMatch(t -> t.text().equals("2021-2022")));
        assertEquals(1, a.events().size());
        assertEquals("2021-01-25", a.events().get(0).when().timeml());
        assertEquals("Monday", a.events().get(0).dateText());
    }

    @Test
    void referencesDurationsSetsAndFiscalYearsAreNeverAnEventsDate() {
        for (String s : new String[]{"Lavrov will visit Sochi in the coming months.",
                "Lavrov and Medoev have met regularly over the years.", "The ministers meet annually in Sochi.",
                "Lavrov met Medoev in fiscal 2020."}) {
            Analysis a = analyse(s, JAN25);
            assertFalse(a.timex().isEmpty(), s);
            assertTrue(a.events().isEmpty(), s + " -> " + a.events());
        }
    }

    @Test
    void aHolidayIsTheDateOfWhatHappenedOnIt() {
        Analysis a = analyse("Lavrov met Medoev in Sochi on Christmas Eve.", JAN25);
        assertEquals(1, a.events().size());
        assertEquals("2020-12-24", a.events().get(0).when().timeml());
    }

    @Test
    void whatHasLastedSinceADateBeganBeforeThePublication() {
        // "since Christmas" in a June article is the Christmas before it, "since September" last September
        Analysis a = analyse("It is the first time since Christmas that he has played. The shop has been shut since "
                + "September.", "1991-06-16");
        assertTrue(a.timex().stream().anyMatch(t -> t.text().equals("Christmas") && t.value().equals("1990-12-25")),
                a.timex()::toString);
        assertTrue(a.timex().stream().anyMatch(t -> t.text().equals("September") && t.value().equals("1990-09")),
                a.timex()::toString);
    }

    @Test
    void whatWouldBeDoneByADateIsStillToComeInAReportedClause() {
        // "would be done by June 30" in an article of 12 June is this June 30, not last year's
        Analysis a = analyse("United said the deal would be done by June 30.", "2009-06-12");
        assertTrue(a.timex().stream().anyMatch(t -> t.text().equals("June 30") && t.value().equals("2009-06-30")),
                a.timex()::toString);
    }

    @Test
    void christmasSalesNameASeasonNotTheDateOfTheSales() {
        Analysis a = analyse("Retailers reported record Christmas sales.", JAN25);
        assertTrue(a.timex().stream().anyMatch(t -> t.text().equals("Christmas")));
        assertTrue(a.events().isEmpty(), a.events().toString());
    }

    @Test
    void aJourneyToldInThePresentIsTheNextOfItsWeekdays() {
        // "He flies ... on Sunday" in a Friday's article is the Sunday to come; "flew" the one gone
        Analysis a = analyse("Clinton met the president on Friday. He flies to Ho Chi Minh City, formerly Saigon, on "
                + "Sunday. Phan Van Khai flew to Hanoi on Sunday.", "2000-11-17");
        assertTrue(a.timex().stream().anyMatch(t -> t.text().equals("Sunday") && t.value().equals("2000-11-19")),
                a.timex()::toString);
        assertTrue(a.timex().stream().anyMatch(t -> t.text().equals("Sunday") && t.value().equals("2000-11-12")),
                a.timex()::toString);
    }

    @Test
    void aTimeOfDayInAPastNarrativeIsOnTheDayTheNarrativeTold() {
        // in Saturday's paper, "at about 11:20 p.m." after "late Friday" is Friday's; a time still to come stays today's
        Analysis a = analyse("Prime Minister Olof Palme was shot dead late Friday as he walked home, police said. The gunman "
                + "escaped.\n\nPalme was hit in the back by a single bullet at the corner of two streets at about 11:20 p.m. "
                + "The cabinet will meet at 6 p.m.", "1986-03-01");
        assertTrue(a.timex().stream().anyMatch(t -> t.text().equals("11:20 p.m.") && t.value().equals("1986-02-28T23:20")),
                a.timex()::toString);
        assertTrue(a.timex().stream().anyMatch(t -> t.text().equals("6 p.m.") && t.value().equals("1986-03-01T18:00")),
                a.timex()::toString);
        // ... but not a day told in the past perfect, before the narrative
        Analysis b = analyse("A runaway train derailed in the town early Saturday. The train had been parked late Friday "
                + "on the main line. Tank cars jumped the tracks at a curve shortly after 1 a.m.", "2013-07-06");
        assertTrue(b.timex().stream().anyMatch(t -> t.text().startsWith("1 a.m") && t.value().startsWith("2013-07-06")),
                b.timex()::toString);
    }

    @Test
    void aMonthAnInfinitivePlansAfterAToldMonthIsTheFirstSuchMonthAfterIt() {
        // "to pass the Act in February" after "in July last year", in a March paper: last February, not next
        Analysis a = analyse("His party won again in July last year, clearing the way for parliament to pass the "
                + "Independence Act in February.", "1957-03-06");
        assertTrue(a.timex().stream().anyMatch(t -> t.text().equals("February") && t.value().equals("1957-02")),
                a.timex()::toString);
        // "the real test comes on Monday": a schedule told in the present, the Monday to come
        Analysis b = analyse("The real test comes on Monday, when the markets open.", "1999-01-02");
        assertTrue(b.timex().stream().anyMatch(t -> t.text().equals("Monday") && t.value().equals("1999-01-04")),
                b.timex()::toString);
    }

    @Test
    void theSameNightIsTheNightToldLastNotTheMorningAfter() {
        // the night of Wednesday, though Thursday morning was told since
        Analysis a = analyse("Mud swept over the town late on Wednesday night. Rescuers reached the town on Thursday "
                + "morning. A mudflow struck another town the same night, killing hundreds more.", "1985-11-14");
        assertTrue(a.timex().stream().anyMatch(t -> t.text().equals("the same night") && t.value().equals("1985-11-13TNI")),
                a.timex()::toString);
        // ... but a day its own sentence tells is that night's
        Analysis b = analyse("Kim flew in on Sunday, and Trump landed that evening. On Monday Trump had lunch with the "
                + "prime minister, and late that night Kim toured the waterfront.", "2018-06-12");
        assertTrue(b.timex().stream().anyMatch(t -> t.text().equals("that night") && t.value().equals("2018-06-11TNI")),
                b.timex()::toString);
    }
}

