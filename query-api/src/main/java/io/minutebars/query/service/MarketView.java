package io.minutebars.query.service;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A market with the range of stored bars of each interval. */
@Schema(description = "A market with the stored range of each of its intervals")
public record MarketView(
        @Schema(examples = "binance") String exchange,
        @Schema(description = "Canonical symbol", examples = "BTC-USDT") String symbol,
        @Schema(description = "The exchange's own symbol", examples = "BTCUSDT") String nativeSymbol,
        List<IntervalRange> intervals) {

    @Schema(description = "Stored bars of one interval: open times of the first and the last")
    public record IntervalRange(
            @Schema(examples = "1m") String interval,
            @Schema(examples = "2024-01-01T00:00:00Z") Instant firstOpenTime,
            @Schema(examples = "2024-12-31T23:59:00Z") Instant lastOpenTime) {
    }

    /** The body of {@code GET /api/v1/markets}. */
    @Schema(description = "Every stored market")
    public record Listing(List<MarketView> markets) {
    }
}
