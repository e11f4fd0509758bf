package io.minutebars.core.config;

import io.smallrye.config.WithDefault;

/** minutebars.shard.* of ExchangeConfig. */
public interface ShardConfig {
    /** This replica's index among {@link #count()} replicas splitting the markets. */
    @WithDefault("0")
    int index();

    @WithDefault("1")
    int count();
}
