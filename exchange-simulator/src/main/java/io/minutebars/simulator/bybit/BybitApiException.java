package io.minutebars.simulator.bybit;

import io.minutebars.simulator.api.ApiException;

/** Bybit fails with HTTP 200 and {@code retCode != 0} ({@code 10001} for bad parameters and symbols). */
public final class BybitApiException extends ApiException {
    static final int PARAMS_ERROR = 10001;
    private final int retCode;
    private final long time;

    public BybitApiException(int retCode, String msg, long time) {
        super(200, msg);
        this.retCode = retCode;
        this.time = time;
    }

    static BybitApiException params(String msg, long time) {
        return new BybitApiException(PARAMS_ERROR, msg, time);
    }

    @Override
    public String body() {
        return BybitJson.error(retCode, getMessage(), time);
    }
}
