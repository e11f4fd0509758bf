package io.minutebars.simulator.nomics;

import io.minutebars.simulator.api.IsoTimes;
import java.util.OptionalLong;

/** Nomics' query parameters, taken as strings so a malformed one gets a 400 {@code {"error"}}. */
final class NomicsParams {
    private NomicsParams() {
    }

    static Long optionalLong(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw NomicsApiException.badRequest(name + " must be an integer, was '" + value + "'");
        }
    }

    static int integer(String name, String value, int min, int max, int fallback) {
        Long v = optionalLong(name, value);
        if (v == null) {
            return fallback;
        }
        if (v < min || v > max) {
            throw NomicsApiException.badRequest(name + " must be from " + min + " to " + max + ", was " + v);
        }
        return v.intValue();
    }

    /** An RFC 3339 time; empty when absent. */
    static OptionalLong time(String name, String value) {
        if (value == null || value.isBlank()) {
            return OptionalLong.empty();
        }
        OptionalLong t = IsoTimes.parse(value);
        if (t.isEmpty()) {
            throw NomicsApiException.badRequest(name + " must be an RFC 3339 time such as 2024-03-01T12:00:00Z, was '"
                    + value + "'");
        }
        return t;
    }
}
