package io.minutebars.binance.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Binance-specific settings (the shared ones are in {@code minutebars.*}). */
@ConfigMapping(prefix = "binance")
public interface BinanceConfig {
    /** Request weight of one aggTrades page (Binance: 4). */
    @WithDefault("4")
    int aggTradesWeight();

    /** Stream to subscribe per market: aggTrade (counts match klines via l - f + 1) or trade. */
    @WithDefault("aggTrade")
    String stream();
}
