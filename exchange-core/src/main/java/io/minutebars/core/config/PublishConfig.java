package io.minutebars.core.config;

import io.smallrye.config.WithDefault;

/** The buffer of bars waiting for the broker's confirm: bounded, so a broker outage cannot exhaust memory. */
public interface PublishConfig {
    @WithDefault("50000")
    long maxPendingBars();

    @WithDefault("67108864")
    long maxPendingBytes();

    /** Live trades are taken again (and the gap read from REST) once the buffer is below this share. */
    @WithDefault("0.5")
    double resumeBelow();
}
