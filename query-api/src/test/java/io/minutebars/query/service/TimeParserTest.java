package io.minutebars.query.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minutebars.query.problem.QueryProblemException;
import org.junit.jupiter.api.Test;

class TimeParserTest {
    private static final long JAN1 = 1704067200000L;

    @Test
    void parsesIsoInstantOffsetDateAndEpochMillis() {
        assertEquals(JAN1, TimeParser.parse("start", "2024-01-01T00:00:00Z"));
        assertEquals(JAN1 + 1, TimeParser.parse("start", "2024-01-01T00:00:00.001Z"));
        assertEquals(JAN1, TimeParser.parse("start", "2024-01-01T02:00:00+02:00"));
        assertEquals(JAN1, TimeParser.parse("start", "2024-01-01"));
        assertEquals(JAN1, TimeParser.parse("start", "1704067200000"));
        assertEquals(JAN1, TimeParser.parse("start", " 1704067200000 "));
        assertEquals(0L, TimeParser.parse("start", "0"));
    }

    @Test
    void rejectsGarbageWithTheParameterNamed() {
        QueryProblemException e = assertThrows(QueryProblemException.class, () -> TimeParser.parse("end", "yesterday"));
        assertEquals(400, e.status());
        assertEquals("end", e.parameter());
        assertTrue(e.getMessage().contains("'yesterday'"), e.getMessage());
        assertThrows(QueryProblemException.class, () -> TimeParser.parse("end", "2024-13-01T00:00:00Z"));
        assertThrows(QueryProblemException.class, () -> TimeParser.parse("end", "2024-01-01T00:00:00"));
        assertThrows(QueryProblemException.class, () -> TimeParser.parse("end", ""));
        assertThrows(QueryProblemException.class, () -> TimeParser.parse("end", "-"));
        assertThrows(QueryProblemException.class, () -> TimeParser.parse("end", "1.5"));
    }

    @Test
    void rejectsTimesOutOfRange() {
        QueryProblemException e = assertThrows(QueryProblemException.class, () -> TimeParser.parse("start", "-1"));
        assertTrue(e.getMessage().contains("out of range"), e.getMessage());
        assertThrows(QueryProblemException.class, () -> TimeParser.parse("start", "99999999999999999999"));
        assertThrows(QueryProblemException.class, () -> TimeParser.parse("start", "+10000-01-01T00:00:00Z"));
        assertThrows(QueryProblemException.class, () -> TimeParser.parse("start", "253402300800000"));
    }

    @Test
    void longValuesAreEchoedShortened() {
        String huge = "x".repeat(500);
        QueryProblemException e = assertThrows(QueryProblemException.class, () -> TimeParser.parse("start", huge));
        assertTrue(e.getMessage().length() < 300, e.getMessage());
    }
}
