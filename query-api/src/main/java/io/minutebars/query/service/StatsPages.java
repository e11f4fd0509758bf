package io.minutebars.query.service;

import io.minutebars.query.stats.CompositeBar;
import io.minutebars.query.stats.IndicatorPoint;
import io.minutebars.query.stats.Rankings;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the statistics endpoints. */
public final class StatsPages {
    private StatsPages() {
    }

    @Schema(name = "IndicatorParameters", description = "The parameters the values were computed with")
    public record IndicatorParameters(int rsiPeriod, int rsiWarmup, int volWindow, int returnPeriods,
            double periodsPerYear, int maxCarryBars) {
    }

    @Schema(name = "StatsPage", description = "Indicators of one market at each interval slot of a page")
    public record Stats(@Schema(examples = "binance") String exchange, @Schema(examples = "BTC-USDT") String symbol,
            @Schema(examples = "1m") String interval, Instant start, Instant end, IndicatorParameters parameters,
            List<IndicatorPoint> points,
            @Schema(description = "Pass as ?cursor= for the next page; null on the last page", nullable = true)
            String nextCursor) {
    }

    @Schema(name = "CompositeMarket", description = "A constituent market of the composite")
    public record Market(String exchange, String symbol, Instant firstOpenTime) {
    }

    @Schema(name = "CompositePage", description = "Composite bars of one base asset and quote family")
    public record Composite(@Schema(examples = "BTC") String base, @Schema(examples = "usd") String family,
            @Schema(description = "The family's member quotes", examples = "[\"USD\",\"USDT\",\"USDC\"]")
            List<String> quotes, @Schema(examples = "1m") String interval, Instant start, Instant end,
            @Schema(description = "Every stored market of the base with a quote in the family") List<Market> markets,
            List<CompositeBar> bars,
            @Schema(description = "Pass as ?cursor= for the next page; null on the last page", nullable = true)
            String nextCursor) {
    }

    @Schema(name = "RankingsPage", description = "Top and bottom markets by n-period return at each interval close")
    public record Ranking(@Schema(examples = "1m") String interval,
            @Schema(description = "The exchange filter, null for all", nullable = true) String exchange,
            int n, int returnPeriods, Instant start, Instant end, int markets, List<Rankings.Snapshot> rankings,
            @Schema(description = "Pass as ?cursor= for the next page; null on the last page", nullable = true)
            String nextCursor) {
    }
}
