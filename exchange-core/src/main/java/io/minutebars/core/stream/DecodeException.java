package io.minutebars.core.stream;

/** A payload from the exchange that could not be decoded; carries an excerpt for the ledger. */
public class DecodeException extends RuntimeException {
    private final String payload;

    public DecodeException(String message, String payload, Throwable cause) {
        super(message, cause);
        this.payload = payload;
    }

    public DecodeException(String message, String payload) {
        this(message, payload, null);
    }

    public String payload() {
        return payload;
    }
}
