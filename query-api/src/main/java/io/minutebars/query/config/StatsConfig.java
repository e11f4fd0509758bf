package io.minutebars.query.config;

import io.smallrye.config.WithDefault;

/** GET /api/v1/stats: indicator defaults and the bounds a client may ask for (see docs/statistics.md). */
public interface StatsConfig {
    @WithDefault("14")
    int rsiPeriod();

    /** Wilder smoothing steps between the RSI seed and the bar (the fixed window that makes it range-independent). */
    @WithDefault("100")
    int rsiWarmup();

    /** Log returns in the rolling standard deviation. */
    @WithDefault("20")
    int volWindow();

    /** n of the n-period simple return. */
    @WithDefault("5")
    int returnPeriods();

    /** Annualisation: periods per year = days-per-year x 1440 / interval minutes (crypto trades 24/7). */
    @WithDefault("365")
    double daysPerYear();

    /** How many bars back an EMPTY bar may look for the close it carries. */
    @WithDefault("1440")
    int maxCarryBars();

    @WithDefault("200")
    int maxRsiPeriod();

    @WithDefault("1000")
    int maxRsiWarmup();

    @WithDefault("1000")
    int maxVolWindow();

    @WithDefault("1000")
    int maxReturnPeriods();

    /** Points (interval slots) per page. */
    @WithDefault("1000")
    int defaultLimit();

    @WithDefault("1440")
    int maxLimit();

    /**
     * Wilder steps one page may cost, limit x (rsiPeriod + rsiWarmup): each point's RSI is computed over its own
     * window, so the largest parameters together cost seconds of CPU (about 0.4 us a step). Beyond it a 400
     * says which limit fits, before anything is computed.
     */
    @WithDefault("500000")
    long maxRsiSteps();
}
