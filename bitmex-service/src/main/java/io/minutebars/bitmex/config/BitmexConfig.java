package io.minutebars.bitmex.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Set;

/** BitMEX-specific settings (the shared ones are in {@code minutebars.*}). */
@ConfigMapping(prefix = "bitmex")
public interface BitmexConfig {
    /**
     * Instrument types ({@code typ}) taken into the catalog. Perpetual swaps (FFWCSX) by default: a spot
     * pair (IFXXXP) or a dated future (FFCCSX) of the same underlying and quote would share the
     * canonical symbol, so run one service per type.
     */
    @WithDefault("FFWCSX")
    Set<String> instrumentTypes();

    /** Topics per subscribe request. */
    @WithDefault("20")
    int topicsPerSubscribe();
}
