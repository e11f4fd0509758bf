package io.minutebars.query.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.minutebars.model.Json;
import io.minutebars.query.service.CursorCodec;
import io.quarkus.runtime.Startup;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;

/** Beans the rest of the module injects. */
public class AppBeans {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The cursor signer, built at start-up so a weak secret stops the service before it serves anything (a missing
     * one is reported first, by service-common's RequiredSecrets).
     */
    @Produces
    @Singleton
    @Startup
    CursorCodec cursorCodec(QueryConfig config) {
        return new CursorCodec(config.cursor().secret().orElseThrow(() -> new IllegalStateException(
                "query.cursor.secret is not set (environment variable QUERY_CURSOR_SECRET); generate one with: "
                        + "openssl rand -base64 32")));
    }

    /** JSON written by Quarkus (markets, problems) follows the shared wire settings: ISO times. */
    @Singleton
    public static class WireJson implements ObjectMapperCustomizer {
        @Override
        public void customize(ObjectMapper mapper) {
            Json.configure(mapper);
        }
    }

    /**
     * The per-instance invalidation queue is bounded: if this instance stalls, the broker drops the
     * oldest announcements instead of growing without limit (the cache's max-ages cover what is lost).
     */
    @Produces
    @Identifier("stored-queue-arguments")
    Map<String, Object> storedQueueArguments(QueryConfig config) {
        return Map.of("x-max-length", config.invalidationQueueMaxLength(), "x-overflow", "drop-head");
    }

    /** Latency histograms for the HTTP server, so p99 is computable in Prometheus. */
    @Produces
    @Singleton
    MeterFilter httpHistograms() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (id.getName().startsWith("http.server.requests")) {
                    return DistributionStatisticConfig.builder().percentilesHistogram(true).build().merge(config);
                }
                return config;
            }
        };
    }
}
