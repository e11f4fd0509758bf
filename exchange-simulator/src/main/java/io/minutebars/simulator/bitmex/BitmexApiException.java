package io.minutebars.simulator.bitmex;

import io.minutebars.simulator.api.ApiException;

/** BitMEX's error body {@code {"error":{"message":..,"name":"HTTPError"}}}. */
public final class BitmexApiException extends ApiException {
    private final String name;

    public BitmexApiException(int status, String message, String name) {
        super(status, message);
        this.name = name;
    }

    static BitmexApiException badRequest(String message) {
        return new BitmexApiException(400, message, "HTTPError");
    }

    @Override
    public String body() {
        return BitmexJson.error(getMessage(), name);
    }
}
