package io.minutebars.query.config;

import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** GET /api/v1/composite. */
public interface CompositeConfig {
    /** Quote families by name, e.g. {@code query.composite.families.usd=USD,USDT,USDC}; usd alone when none is set. */
    Map<String, List<String>> families();

    @WithDefault("usd")
    String defaultFamily();

    /** k of the outlier rule |p - median| > k x 1.4826 x MAD. */
    @WithDefault("5")
    BigDecimal madMultiplier();

    /** When MAD is 0: exclude a price more than this fraction away from the median. */
    @WithDefault("0.02")
    BigDecimal minDeviation();

    /** Outliers are screened only with at least this many venues left. */
    @WithDefault("3")
    int minVenuesForOutliers();

    @WithDefault("1000")
    int defaultLimit();

    @WithDefault("1440")
    int maxLimit();
}
