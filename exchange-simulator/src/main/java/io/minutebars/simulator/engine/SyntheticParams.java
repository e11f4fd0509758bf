package io.minutebars.simulator.engine;

/** Shape of the synthetic flow: average rate and the shares of quiet and burst minutes. */
public record SyntheticParams(long seed, double tradesPerMinute, double quietMinuteRatio, double burstMinuteRatio) {

    public SyntheticParams {
        if (!(tradesPerMinute > 0) || tradesPerMinute > 100_000) {
            throw new IllegalArgumentException("simulator.synthetic.trades-per-minute must be in (0, 100000]");
        }
        if (quietMinuteRatio < 0 || burstMinuteRatio < 0 || quietMinuteRatio + burstMinuteRatio >= 1) {
            throw new IllegalArgumentException("quiet and burst minute ratios must be >= 0 and add up to less than 1");
        }
    }

    public static SyntheticParams defaults(long seed) {
        return new SyntheticParams(seed, 60, 0.1, 0.1);
    }
}
