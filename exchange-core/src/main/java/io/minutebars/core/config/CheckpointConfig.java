package io.minutebars.core.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** minutebars.checkpoint.* of ExchangeConfig. */
public interface CheckpointConfig {
    /** File of per-market restart points (on a persistent volume in Kubernetes); none: start from now. */
    Optional<String> file();

    @WithDefault("PT5S")
    Duration interval();

    /** A checkpoint older than this is ignored (the service starts from now). */
    @WithDefault("PT24H")
    Duration maxAge();
}
