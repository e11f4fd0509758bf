package io.minutebars.simulator.nomics;

import io.minutebars.simulator.api.ApiException;
import io.minutebars.simulator.api.JsonText;

/** Nomics' error body {@code {"error":".."}}. */
public final class NomicsApiException extends ApiException {

    public NomicsApiException(int status, String message) {
        super(status, message);
    }

    static NomicsApiException badRequest(String message) {
        return new NomicsApiException(400, message);
    }

    @Override
    public String body() {
        return error(getMessage());
    }

    public static String error(String message) {
        return "{\"error\":\"" + JsonText.escape(message) + "\"}";
    }
}
