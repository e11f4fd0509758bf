package io.minutebars.cli;

import java.net.URI;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * Where the services listen; defaults are the local stack's ports (README), each overridable by option or
 * environment variable so scripts can point every command at another deployment at once.
 */
public class ServiceUrls {
    @Option(names = "--query-url", paramLabel = "URL", description = "query-api (env MINUTEBARS_QUERY_URL, default ${DEFAULT-VALUE})",
            defaultValue = "${env:MINUTEBARS_QUERY_URL:-http://127.0.0.1:8080}")
    URI query;
    @Option(names = "--aggregator-url", paramLabel = "URL", description = "aggregator-service (env MINUTEBARS_AGGREGATOR_URL, default ${DEFAULT-VALUE})",
            defaultValue = "${env:MINUTEBARS_AGGREGATOR_URL:-http://127.0.0.1:8082}")
    URI aggregator;
    @Option(names = "--binance-url", paramLabel = "URL", description = "binance-service (env MINUTEBARS_BINANCE_URL, default ${DEFAULT-VALUE})",
            defaultValue = "${env:MINUTEBARS_BINANCE_URL:-http://127.0.0.1:8081}")
    URI binance;
    @Option(names = "--bybit-url", paramLabel = "URL", description = "bybit-service (env MINUTEBARS_BYBIT_URL, default ${DEFAULT-VALUE})",
            defaultValue = "${env:MINUTEBARS_BYBIT_URL:-http://127.0.0.1:8083}")
    URI bybit;
    @Option(names = "--bitmex-url", paramLabel = "URL", description = "bitmex-service (env MINUTEBARS_BITMEX_URL, default ${DEFAULT-VALUE})",
            defaultValue = "${env:MINUTEBARS_BITMEX_URL:-http://127.0.0.1:8084}")
    URI bitmex;
    @Option(names = "--nomics-url", paramLabel = "URL", description = "nomics-service (env MINUTEBARS_NOMICS_URL, default ${DEFAULT-VALUE})",
            defaultValue = "${env:MINUTEBARS_NOMICS_URL:-http://127.0.0.1:8085}")
    URI nomics;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "PT30S",
            description = "connect and request timeout, ISO-8601 (default ${DEFAULT-VALUE})")
    Duration timeout;

    public Duration timeout() {
        return timeout;
    }

    public URI query() {
        return query;
    }

    public URI aggregator() {
        return aggregator;
    }

    public URI exchange(Exchange exchange) {
        return switch (exchange) {
            case binance -> binance;
            case bybit -> bybit;
            case bitmex -> bitmex;
            case nomics -> nomics;
        };
    }
}
