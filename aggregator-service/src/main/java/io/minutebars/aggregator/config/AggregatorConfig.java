package io.minutebars.aggregator.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "aggregator")
public interface AggregatorConfig {
    /** MongoDB database holding the {@code bars} and {@code markets} collections. */
    @WithDefault("minutebars")
    String database();

    /** Attempts of an optimistic bucket write before the message is dead-lettered. */
    @WithDefault("10")
    int writeAttempts();
}
