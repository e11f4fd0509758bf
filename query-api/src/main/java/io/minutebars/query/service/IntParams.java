package io.minutebars.query.service;

import io.minutebars.query.problem.QueryProblemException;

/** Integer query parameters with their allowed range. */
public final class IntParams {
    private IntParams() {
    }

    public static int parse(String parameter, String raw, int min, int max) {
        int v;
        try {
            v = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw QueryProblemException.invalid(parameter, parameter + " " + QueryProblemException.echo(raw)
                    + " is not an integer; give " + min + ".." + max);
        }
        if (v < min || v > max) {
            throw QueryProblemException.invalid(parameter, parameter + " " + v + " is out of range; give " + min
                    + ".." + max);
        }
        return v;
    }

    /** The canonical text of a present parameter (null when absent), for cursors. */
    public static String canonical(String parameter, String raw, int min, int max) {
        return raw == null ? null : Integer.toString(parse(parameter, raw, min, max));
    }

    /** The value of a parameter from a merged request, or the default when absent. */
    public static int orDefault(String parameter, String value, int def, int min, int max) {
        return value == null ? def : parse(parameter, value, min, max);
    }
}
