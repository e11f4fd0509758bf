package io.minutebars.nomics.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Nomics-specific settings (the shared ones are in {@code minutebars.*}). */
@ConfigMapping(prefix = "nomics")
public interface NomicsConfig {
    /** The API key (env NOMICS_API_KEY, e.g. from a Kubernetes Secret). Never logged. */
    Optional<String> apiKey();

    /** The exchange whose raw markets are read ({@code exchange} parameter of candles and trades). */
    @WithDefault("binance")
    String sourceExchange();

    /** Quote currencies paired with every ticker currency to form the catalog's markets. */
    @WithDefault("USDT")
    List<String> quotes();

    /** How the source exchange spells a market; {@code {base}} and {@code {quote}} are replaced. */
    @WithDefault("{base}{quote}")
    String marketFormat();

    /** Page trade history with {@code /v1/trades} (a paid plan at Nomics); false: candles only. */
    @WithDefault("true")
    boolean tradesEnabled();
}
