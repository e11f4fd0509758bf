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

    /**
     * Largest CSV the import endpoint reads, uploaded or from the import directory (reading stops there). The
     * HTTP body limit, {@code quarkus.http.limits.max-body-size}, follows it.
     */
    @WithDefault("67108864")
    long importMaxBytes();

    /**
     * The only directory {@code POST /api/v1/import?path=} may read from (a path relative to it, no symbolic
     * links); unset: server-side imports are off and the CSV must be uploaded.
     */
    Optional<String> importDir();
}
