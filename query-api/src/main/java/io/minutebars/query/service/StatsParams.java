package io.minutebars.query.service;

import io.minutebars.model.Interval;

/** The parameters of the statistics endpoints, parsed by the resource layer (null when absent). */
public final class StatsParams {
    private StatsParams() {
    }

    /** GET /api/v1/stats. */
    public record Indicators(ExchangeId exchange, MarketSymbol symbol, Interval interval, Integer rsiPeriod,
            Integer rsiWarmup, Integer volWindow, Integer returnPeriods, PageRequest.Range range) {
    }

    /** GET /api/v1/composite. */
    public record Composite(String base, String family, Interval interval, PageRequest.Range range) {
    }

    /** GET /api/v1/rankings. */
    public record Rankings(Interval interval, ExchangeId exchange, Integer n, Integer returnPeriods,
            PageRequest.Range range) {
    }
}
