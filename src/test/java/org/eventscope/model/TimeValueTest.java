package org.eventscope.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A date is as precise as the text gives it, never more; its TimeML form round-trips. */
class TimeValueTest {
    @ParameterizedTest(name = "{0} covers {1} to {2} at {3} precision")
    @CsvSource({
            "2021-01-25, 2021-01-25, 2021-01-25, DAY",
            "2008-08, 2008-08-01, 2008-08-31, MONTH",
            "2020, 2020-01-01, 2020-12-31, YEAR",
            "199, 1990-01-01, 1999-12-31, DECADE",
            "19, 1900-01-01, 1999-12-31, CENTURY",
            "2016-SU, 2016-06-01, 2016-08-31, SEASON",
            "2015-WI, 2015-12-01, 2016-02-29, SEASON",
            "2020-Q3, 2020-07-01, 2020-09-30, QUARTER",
            "2021-W03, 2021-01-18, 2021-01-24, WEEK",
            "2020-01-01/2020-09-30, 2020-01-01, 2020-09-30, SPAN",
    })
    void knownYears(String value, String start, String end, Precision precision) {
        TimeValue v = TimeValue.parse(value).orElseThrow();
        assertEquals(value, v.timeml());
        assertEquals(start, v.start().orElseThrow().toString());
        assertEquals(end, v.end().orElseThrow().toString());
        assertEquals(precision, v.precision());
        assertTrue(v.yearKnown());
    }

    @ParameterizedTest
    @ValueSource(strings = {"XXXX-11-12", "XXXX-10"})
    void anUnknownYearIsKeptUnknownNeverInvented(String value) {
        TimeValue v = TimeValue.parse(value).orElseThrow();
        assertEquals(value, v.timeml());
        assertFalse(v.yearKnown());
        assertTrue(v.start().isEmpty());
        assertEquals("2021-11-12", ((TimeValue.YearUnknown) TimeValue.parse("XXXX-11-12").orElseThrow()).inYear(2021).timeml());
    }

    @ParameterizedTest
    @ValueSource(strings = {"P5D", "PRESENT_REF", "2021-13-01", "2021-02-30", "XXXX-13", "2020-W60", "banana", "", "2021-05-01/2020-01-01"})
    void notCalendarDates(String value) {
        assertTrue(TimeValue.parse(value).isEmpty(), value);
    }

    @ParameterizedTest
    @CsvSource({"2021-01-25, 25 Jan 2021", "2008-08, August 2008", "XXXX-11-12, '12 November, year unknown'", "2016-SU, Summer 2016"})
    void displayedAsPeopleReadThem(String value, String shown) {
        assertEquals(shown, DisplayDates.of(TimeValue.parse(value).orElseThrow()));
    }
}
