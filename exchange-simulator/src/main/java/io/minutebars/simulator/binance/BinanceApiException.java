package io.minutebars.simulator.binance;

import io.minutebars.simulator.api.ApiException;

/** A failure answered in Binance's own shape {@code {"code":..,"msg":".."}} with its HTTP status. */
public final class BinanceApiException extends ApiException {
    private final int code;

    public BinanceApiException(int status, int code, String msg) {
        super(status, msg);
        this.code = code;
    }

    public static BinanceApiException badRequest(int code, String msg) {
        return new BinanceApiException(400, code, msg);
    }

    public static BinanceApiException invalidSymbol() {
        return badRequest(-1121, "Invalid symbol.");
    }

    public static BinanceApiException mandatory(String param) {
        return badRequest(-1102, "Mandatory parameter '" + param + "' was not sent, was empty/null, or malformed.");
    }

    public static BinanceApiException invalidValue(String param) {
        return badRequest(-1130, "Data sent for parameter '" + param + "' is not valid.");
    }

    public int code() {
        return code;
    }

    @Override
    public String body() {
        return BinanceJson.error(code, getMessage());
    }
}
