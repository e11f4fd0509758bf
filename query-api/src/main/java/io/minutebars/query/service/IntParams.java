package io.minutebars.query.service;

import io.minutebars.query.problem.QueryProblemException;

/** Integer query parameters with their allowed range (from the query, or from a cursor's parameters). */
public final class IntParams {
    private IntParams() {
    }

    public static int parse(String parameter, String raw, int min, int max) {
        return check(parameter, integer(parameter, raw, min, max), min, max);
    }

    /** The integer, or a 400 saying it is none (and which are allowed); the range is checked elsewhere. */
    public static int integer(String parameter, String raw, int min, int max) {
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw QueryProblemException.invalid(parameter, parameter + " " + QueryProblemException.echo(raw)
                    + " is not an integer; give " + min + ".." + max);
        }
    }

    /** The value, or a 400 when it lies outside {@code min..max} (null stays null: absent). */
    public static Integer check(String parameter, Integer v, int min, int max) {
        if (v != null && (v < min || v > max)) {
            throw QueryProblemException.invalid(parameter, parameter + " " + v + " is out of range; give " + min
                    + ".." + max);
        }
        return v;
    }

    /** The value of a parameter from a merged request, or the default when absent. */
    public static int orDefault(String parameter, String value, int def, int min, int max) {
        return value == null ? def : parse(parameter, value, min, max);
    }
}
