package io.minutebars.simulator.api;

/**
 * A failure answered in the shape of the exchange whose API was called (Binance {@code code/msg}, Bybit
 * {@code retCode}, BitMEX {@code error.message}, Nomics {@code error}), so consumers parse it as they would
 * the real one.
 */
public abstract class ApiException extends RuntimeException {
    private final int status;

    protected ApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The JSON body. */
    public abstract String body();
}
