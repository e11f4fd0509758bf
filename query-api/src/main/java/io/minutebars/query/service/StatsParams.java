package io.minutebars.query.service;

/** The raw query parameters of the statistics endpoints, as the client sent them (null when absent). */
public final class StatsParams {
    private StatsParams() {
    }

    /** GET /api/v1/stats. */
    public record Indicators(String exchange, String symbol, String interval, String rsiPeriod, String rsiWarmup,
            String volWindow, String returnPeriods, SeriesRequest.Range range) {
    }

    /** GET /api/v1/composite. */
    public record Composite(String base, String family, String interval, SeriesRequest.Range range) {
    }

    /** GET /api/v1/rankings. */
    public record Rankings(String interval, String exchange, String n, String returnPeriods,
            SeriesRequest.Range range) {
    }
}
