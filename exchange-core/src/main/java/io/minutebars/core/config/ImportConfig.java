package io.minutebars.core.config;

import io.smallrye.config.WithDefault;
import java.util.Optional;

/** minutebars.import.* of ExchangeConfig: the import endpoint of modules with a BarImportFormat. */
public interface ImportConfig {
    /**
     * Whether {@code /api/v1/import} is built in: read at build time (ImportResource's {@code @IfBuildProperty}); true
     * only in a module that has a BarImportFormat.
     */
    @WithDefault("false")
    boolean enabled();

    /**
     * Largest export the import endpoint reads, uploaded or from the import directory (reading stops there). The
     * HTTP body limit should be a little above it, so an upload over it gets the import's 413 problem.
     */
    @WithDefault("67108864")
    long maxBytes();

    /**
     * The only directory {@code POST /api/v1/import?path=} may read from (a path relative to it, no symbolic
     * links); unset: server-side imports are off and the export must be uploaded.
     */
    Optional<String> dir();
}
