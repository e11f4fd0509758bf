package io.minutebars.simulator.bybit;

/** Bybit's numeric parameters, taken as strings so a malformed one gets retCode 10001, not a 404. */
final class BybitParams {
    private BybitParams() {
    }

    static int integer(String name, String value, int min, int max, int fallback, long now) {
        Long v = optionalLong(name, value, now);
        if (v == null) {
            return fallback;
        }
        if (v < min || v > max) {
            throw BybitApiException.params("params error: " + name + " must be from " + min + " to " + max, now);
        }
        return v.intValue();
    }

    static Long optionalLong(String name, String value, long now) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw BybitApiException.params("params error: " + name + " is not an integer: '" + value + "'", now);
        }
    }
}
