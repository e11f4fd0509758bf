package io.minutebars.query.config;

import io.minutebars.model.Interval;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Longest {@code end - start} one request may cover, per interval (bounds the buckets read). */
public interface MaxSpanConfig {
    @WithDefault("P31D")
    Duration m1();

    @WithDefault("P93D")
    Duration m5();

    @WithDefault("P186D")
    Duration m15();

    @WithDefault("P732D")
    Duration h1();

    @WithDefault("P1830D")
    Duration h4();

    @WithDefault("P36600D")
    Duration d1();

    default Duration of(Interval interval) {
        return switch (interval) {
            case M1 -> m1();
            case M5 -> m5();
            case M15 -> m15();
            case H1 -> h1();
            case H4 -> h4();
            case D1 -> d1();
        };
    }
}
