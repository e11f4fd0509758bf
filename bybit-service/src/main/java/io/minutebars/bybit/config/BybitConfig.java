package io.minutebars.bybit.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bybit-specific settings (the shared ones are in {@code minutebars.*}). */
@ConfigMapping(prefix = "bybit")
public interface BybitConfig {
    /** Market category: {@code spot} or {@code linear} (symbols are shared between them, the category decides). */
    @WithDefault("spot")
    String category();

    /** Trades asked of recent-trade: spot keeps at most 60, derivatives 1000. */
    @WithDefault("60")
    int recentLimit();

    /** Topics per subscribe request (spot accepts at most 10). */
    @WithDefault("10")
    int topicsPerSubscribe();
}
