package io.minutebars.query.config;

import io.smallrye.config.WithDefault;

/** GET /api/v1/rankings. */
public interface RankingsConfig {
    /** Markets in the top and in the bottom list. */
    @WithDefault("5")
    int defaultN();

    @WithDefault("100")
    int maxN();

    /** n of the n-period return ranked by (bounded by query.stats.max-return-periods). */
    @WithDefault("5")
    int returnPeriods();

    /** Interval closes per page. */
    @WithDefault("60")
    int defaultLimit();

    @WithDefault("1440")
    int maxLimit();
}
