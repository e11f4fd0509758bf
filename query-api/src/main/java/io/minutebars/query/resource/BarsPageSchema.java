package io.minutebars.query.resource;

import io.minutebars.model.Bar;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of a bars page for the OpenAPI document. The body itself is assembled from cached bytes
 * (see BarsPageWriter), so this record only describes it.
 */
@Schema(name = "BarsPage", description = "One page of bars, ordered by openTime")
record BarsPageSchema(
        @Schema(examples = "binance") String exchange,
        @Schema(examples = "BTC-USDT") String symbol,
        @Schema(examples = "1m") String interval,
        @Schema(description = "Inclusive start of the range this page covers", examples = "2024-01-01T00:00:00Z")
        Instant start,
        @Schema(description = "Exclusive end of the range", examples = "2024-01-02T00:00:00Z") Instant end,
        @Schema(description = "Bars with start <= openTime < end in the canonical wire form") List<Bar> bars,
        @Schema(description = "Pass as ?cursor= to get the next page; null on the last page", nullable = true)
        String nextCursor) {
}
