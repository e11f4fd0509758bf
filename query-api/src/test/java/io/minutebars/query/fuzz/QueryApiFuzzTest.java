package io.minutebars.query.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.minutebars.model.Json;
import io.minutebars.query.service.CursorCodec;
import io.minutebars.query.support.MongoTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the query API from its own OpenAPI document: every parameter of every GET operation gets every hostile
 * value alone (the others valid), then random combinations. Every answer must be a 200 or a 4xx problem within a
 * second, and the server must be idle right after the last one. Rerun a failure with {@code -Dfuzz.seed=<seed>};
 * {@code -Dfuzz.combinations=<n>} sets the number of random combinations.
 */
@QuarkusTest
@TestProfile(QueryApiFuzzTest.Profile.class)
@QuarkusTestResource(MongoTestResource.class)
class QueryApiFuzzTest {
    static final Set<String> PATHS = Set.of("/api/v1/bars", "/api/v1/bars/latest", "/api/v1/markets", "/api/v1/stats",
            "/api/v1/composite", "/api/v1/rankings");

    /** Its own database, so the seeded markets do not show up in the other API tests; no rate limit in the way. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("query.database", FuzzData.DATABASE, "query.rate-limit.capacity", "1000000000",
                    "query.rate-limit.refill-per-second", "1000000000");
        }
    }

    @TestHTTPResource("/")
    URL base;

    @Inject
    MongoClient mongo;

    @Inject
    CursorCodec cursors;

    @Inject
    MeterRegistry registry;

    @Test
    void everyParameterGetsA200OrA4xxProblemQuicklyAndTheServerIsIdleAfter() throws Exception {
        // a fixed default keeps CI reproducible run to run; -Dfuzz.seed=random explores new combinations
        String given = System.getProperty("fuzz.seed", "20261127");
        long seed = given.equals("random") ? new SecureRandom().nextLong() : Long.parseLong(given);
        int combinations = Integer.getInteger("fuzz.combinations", 3000);
        Random random = new Random(seed);
        FuzzData.seed(mongo.getDatabase(FuzzData.DATABASE));
        Fuzzer fuzzer = new Fuzzer(base.toString());
        List<ApiOperation> ops = ApiOperation.all(Json.mapper().readTree(
                fuzzer.send("/q/openapi", Map.of("format", "json")).body()));
        assertEquals(PATHS, ops.stream().map(ApiOperation::path).collect(Collectors.toSet()));
        Map<String, Map<String, String>> valid = new HashMap<>();
        Map<String, String> issued = new HashMap<>();
        for (ApiOperation op : ops) {
            fuzzer.warm(op.path(), op.validValues());
            fuzzer.warm(op.path(), op.largest(op.validValues(), false));
        }
        for (ApiOperation op : ops) {
            valid.put(op.path(), op.validValues());
            HttpResponse<byte[]> ok = fuzzer.send(op, valid.get(op.path()));
            assertEquals(200, ok.statusCode(), op.path() + " answers its examples: " + new String(ok.body()));
            var next = Json.mapper().readTree(ok.body()).path("nextCursor");
            if (next.isTextual()) {
                issued.put(op.path(), next.asText());
            }
        }
        long t0 = System.nanoTime();
        for (ApiOperation op : ops) {
            for (int i = 0; i < 3; i++) {
                fuzzer.send(op, op.largest(valid.get(op.path()), true));
                fuzzer.send(op, op.largest(valid.get(op.path()), false));
            }
        }
        for (ApiOperation op : ops) {
            edges(fuzzer, op, valid.get(op.path()));
        }
        Map<String, List<String>> values = new HashMap<>();
        for (ApiOperation op : ops) {
            for (ApiOperation.Param p : op.params()) {
                List<String> vs = values(op, p, issued, random);
                values.put(op.path() + " " + p.name(), vs);
                fuzzer.send(op, ApiOperation.with(valid.get(op.path()), p.name(), null));
                for (String v : vs) {
                    fuzzer.send(op, ApiOperation.with(valid.get(op.path()), p.name(), v));
                }
            }
        }
        for (int i = 0; i < combinations; i++) {
            ApiOperation op = ops.get(random.nextInt(ops.size()));
            Map<String, String> params = new LinkedHashMap<>();
            for (ApiOperation.Param p : op.params()) {
                double x = random.nextDouble();
                List<String> vs = values.get(op.path() + " " + p.name());
                params.put(p.name(), x < 0.35 ? null : x < 0.75 && !p.name().equals("cursor")
                        ? valid.get(op.path()).get(p.name()) : vs.get(random.nextInt(vs.size())));
            }
            fuzzer.send(op, params);
        }
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        System.out.printf("query-api fuzz: seed %d, %d requests in %d s (statuses %s, %d slow once, %d stopped by the "
                + "time budget), %d failures "
                + "(rerun: ./mvnw verify -pl query-api -am -Dtest=QueryApiFuzzTest -Dsurefire.failIfNoSpecifiedTests=false"
                + " -Dfuzz.seed=%d)%n", seed, fuzzer.requests(), seconds, fuzzer.statuses(), fuzzer.slowOnce(),
                fuzzer.budgetStopped(), fuzzer.failures().size(), seed);
        // the budget may stop a few of the largest pages on a loaded machine, never a meaningful share of requests
        assertTrue(fuzzer.budgetStopped() * 100 <= fuzzer.requests(), fuzzer.budgetStopped()
                + " requests stopped by the time budget: the largest valid pages no longer fit in it");
        assertTrue(fuzzer.failures().isEmpty(), "seed " + seed + ": " + fuzzer.failures().size() + " failures, first: "
                + String.join("\n", fuzzer.failures().subList(0, Math.min(20, fuzzer.failures().size()))));
        assertIdle();
    }

    /** No request in flight and no CPU spent serving over half a second after the last answer. */
    private void assertIdle() throws InterruptedException {
        // the server counts a request as ended just after its client has read the answer: allow a moment
        for (int i = 0; i < 50 && ServerIdle.inFlight(registry) > 0; i++) {
            Thread.sleep(10);
        }
        assertEquals(0.0, ServerIdle.inFlight(registry), "requests still in flight");
        long before = ServerIdle.serverCpuNanos();
        Thread.sleep(500);
        long used = ServerIdle.serverCpuNanos() - before;
        assertTrue(used < 50_000_000L, "the server kept working after its last answer: " + used / 1_000_000 + " ms CPU");
    }

    /** Valid ranges at both ends of the times the API accepts, for every interval: where bucket arithmetic ends. */
    private static void edges(Fuzzer fuzzer, ApiOperation op, Map<String, String> valid) {
        if (!valid.containsKey("start") || !valid.containsKey("end")) {
            return;
        }
        String[][] ranges = {{"1970-01-01T00:00:00Z", "1970-01-02T00:00:00Z"}, {"0", "1"},
                {"9999-12-31T00:00:00Z", "9999-12-31T23:59:59.999Z"}, {"9999-01-01", "253402300799999"}};
        for (String[] r : ranges) {
            for (String interval : List.of("1m", "1h", "1d")) {
                Map<String, String> params = ApiOperation.with(ApiOperation.with(valid, "start", r[0]), "end", r[1]);
                fuzzer.send(op, valid.containsKey("interval") ? ApiOperation.with(params, "interval", interval) : params);
            }
        }
    }

    private List<String> values(ApiOperation op, ApiOperation.Param p, Map<String, String> issued, Random random) {
        List<String> out = new ArrayList<>();
        if (p.name().equals("cursor")) {
            String own = issued.get(op.path());
            String other = issued.entrySet().stream().filter(e -> !e.getKey().equals(op.path())).findFirst()
                    .map(Map.Entry::getValue).orElseThrow();
            out.add(own);
            out.addAll(HostileCursors.of(op.path(), own, other, cursors, random));
        } else {
            out.addAll(HostileValues.GENERAL);
            out.addAll(HostileValues.specific(p));
        }
        return out;
    }
}
