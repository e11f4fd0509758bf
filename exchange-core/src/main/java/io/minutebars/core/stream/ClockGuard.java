package io.minutebars.core.stream;

import io.minutebars.core.engine.Trade;
import io.minutebars.model.IngestError;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Refuses trades stamped more than {@code maxSkewMs} ahead of the exchange's clock. The engine closes
 * minutes on the latest trade time, so one trade stamped in a far year would otherwise close (as EMPTY)
 * every minute up to it; each refused trade is handed to {@code refused} for the ingest ledger.
 */
public record ClockGuard(LongSupplier clock, long maxSkewMs, Consumer<Trade> refused) {

    /** A guard that reports each refused trade to the ingest ledger (kind CLOCK). */
    public static ClockGuard reporting(String exchange, LongSupplier clock, Duration maxSkew,
            Consumer<IngestError> errors) {
        return new ClockGuard(clock, maxSkew.toMillis(), t -> errors.accept(new IngestError(exchange, t.market(),
                IngestError.Kind.CLOCK, "trade " + t.idText() + " stamped " + Instant.ofEpochMilli(t.time())
                + ", more than " + maxSkew + " ahead of the exchange's clock: refused", null, null)));
    }

    public boolean accepts(Trade t) {
        if (t.time() - clock.getAsLong() <= maxSkewMs) {
            return true;
        }
        refused.accept(t);
        return false;
    }
}
