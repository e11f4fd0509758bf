package io.minutebars.query.stats;

import io.minutebars.model.Interval;

/**
 * Parameters of the per-market indicators. {@code periodsPerYear} annualises the volatility
 * ({@link Volatility#periodsPerYear}: 525600 for 1m bars of a 365-day year); {@code maxCarryBars} bounds how
 * far back an EMPTY bar looks for the close it carries.
 */
public record IndicatorParams(int rsiPeriod, int rsiWarmup, int volWindow, int returnPeriods, double periodsPerYear,
        int maxCarryBars) {
    public static final int DEFAULT_RSI_PERIOD = 14;
    public static final int DEFAULT_RSI_WARMUP = 100;
    public static final int DEFAULT_VOL_WINDOW = 20;
    public static final int DEFAULT_RETURN_PERIODS = 5;
    public static final int DEFAULT_MAX_CARRY_BARS = 1440;

    public IndicatorParams {
        if (rsiPeriod < 1 || rsiWarmup < 0 || volWindow < 2 || returnPeriods < 1 || !(periodsPerYear > 0)
                || maxCarryBars < 0) {
            throw new IllegalArgumentException("invalid indicator parameters: rsiPeriod >= 1, rsiWarmup >= 0, "
                    + "volWindow >= 2, returnPeriods >= 1, periodsPerYear > 0, maxCarryBars >= 0");
        }
    }

    /** The defaults for an interval, with a 365-day year. */
    public static IndicatorParams defaults(Interval interval) {
        return new IndicatorParams(DEFAULT_RSI_PERIOD, DEFAULT_RSI_WARMUP, DEFAULT_VOL_WINDOW,
                DEFAULT_RETURN_PERIODS, Volatility.periodsPerYear(interval, 365), DEFAULT_MAX_CARRY_BARS);
    }

    /** The most bars any of the indicators needs (its warm-up), the current bar included. */
    public int lookbackBars() {
        return Math.max(Rsi.barsNeeded(rsiPeriod, rsiWarmup),
                Math.max(Volatility.barsNeeded(volWindow), SimpleReturn.barsNeeded(returnPeriods)));
    }
}
