package org.eventscope.extract;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The table {@code timex-examples.tsv}: common news date expressions (holidays, fiscal years, quarters, sets,
 * durations, anaphoric days, zoned times, weekends) with their TimeML values, one test per row.
 */
class TimexExamplesTest {

    @TestFactory
    Stream<DynamicTest> everyExampleHasItsValue() throws IOException {
        List<TimexExamples.Row> rows;
        try (InputStream in = TimexExamplesTest.class.getResourceAsStream("timex-examples.tsv")) {
            assertNotNull(in, "timex-examples.tsv");
            rows = TimexExamples.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
        assertTrue(rows.size() > 100, "examples: " + rows.size());
        return rows.stream().map(r -> DynamicTest.dynamicTest(r.toString(), () -> assertNull(r.check(), r.check())));
    }
}
