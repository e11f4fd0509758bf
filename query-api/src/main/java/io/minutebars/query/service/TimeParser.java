package io.minutebars.query.service;

import io.minutebars.model.Minutes;
import io.minutebars.query.problem.QueryProblemException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Parses the time parameters: an ISO-8601 instant ({@code 2024-01-01T00:00:00Z}, an offset such as
 * {@code +02:00} is honoured), a UTC date ({@code 2024-01-01} = its midnight) or epoch milliseconds.
 */
public final class TimeParser {
    /**
     * The times every service accepts (common-model's Minutes): bucket arithmetic (years for 1d) stays well inside
     * {@code long} and {@code java.time}, and a loop over buckets always ends.
     */
    public static final long MIN_MILLIS = Minutes.MIN_TIME;
    public static final long MAX_MILLIS = Minutes.MAX_TIME;
    static final String RANGE = "1970-01-01T00:00:00Z .. 9999-12-31T23:59:59.999Z";

    private TimeParser() {
    }

    public static long parse(String parameter, String raw) {
        String s = raw.trim();
        if (s.isEmpty()) {
            throw QueryProblemException.invalid(parameter, parameter + " is empty; give an ISO-8601 instant "
                    + "like 2024-01-01T00:00:00Z or epoch milliseconds");
        }
        long millis = isInteger(s) ? parseMillis(parameter, s) : parseIso(parameter, s);
        if (!inRange(millis)) {
            throw QueryProblemException.invalid(parameter, parameter + " " + QueryProblemException.echo(raw)
                    + " is out of range; times must lie in " + RANGE);
        }
        return millis;
    }

    public static boolean inRange(long millis) {
        return Minutes.inRange(millis);
    }

    /** A time carried by a cursor, held to the same bounds as the query's (a 400 on {@code cursor} otherwise). */
    public static long requireCursorTime(long millis) {
        if (!inRange(millis)) {
            throw QueryProblemException.invalid("cursor", "cursor carries a time outside " + RANGE
                    + "; use the nextCursor of a previous response unchanged");
        }
        return millis;
    }

    private static boolean isInteger(String s) {
        int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
        if (i == s.length()) {
            return false;
        }
        for (; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static long parseMillis(String parameter, String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw QueryProblemException.invalid(parameter, parameter + " " + QueryProblemException.echo(s) + " is too large for epoch milliseconds");
        }
    }

    private static long parseIso(String parameter, String s) {
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
            return OffsetDateTime.parse(s).toInstant().toEpochMilli();
        } catch (DateTimeException | ArithmeticException e) {
            throw QueryProblemException.invalid(parameter, parameter + " " + QueryProblemException.echo(s) + " is not a time; give an ISO-8601 "
                    + "instant like 2024-01-01T00:00:00Z, a date like 2024-01-01, or epoch milliseconds");
        }
    }
}
