package io.minutebars.model;

import java.time.Instant;

/**
 * Bad input from an exchange, recorded in the ledger instead of crashing anything.
 * {@code detail} holds an excerpt of the offending payload (bounded, never a secret).
 */
public record IngestError(
        String exchange,
        String symbol,
        Kind kind,
        String message,
        String detail,
        Instant occurredAt) {

    public static final int MAX_DETAIL = 2000;

    public enum Kind {
        /** A payload that could not be decoded or failed validation. */
        DECODE,
        /** An HTTP error from the exchange's REST API. */
        HTTP,
        /** HTTP 429/418/403 or an exchange rate-limit code. */
        RATE_LIMIT,
        /** A dropped or refused WebSocket connection. */
        CONNECTION,
        /** Minutes that could not be observed or repaired. */
        GAP,
        /** A trade stamped further ahead of the exchange's clock than the allowed skew: refused, never binned. */
        CLOCK
    }

    public IngestError {
        if (detail != null && detail.length() > MAX_DETAIL) {
            detail = detail.substring(0, MAX_DETAIL);
        }
        if (message != null && message.length() > MAX_DETAIL) {
            message = message.substring(0, MAX_DETAIL);
        }
        if (symbol != null && symbol.length() > 64) {
            symbol = symbol.substring(0, 64); // a hostile frame's "market" must not fail the ledger's column
        }
        if (occurredAt == null) {
            occurredAt = Instant.now();
        }
    }
}
