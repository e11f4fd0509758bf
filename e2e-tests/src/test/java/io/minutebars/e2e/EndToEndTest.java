package io.minutebars.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.minutebars.model.Bar;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Json;
import io.minutebars.model.Minutes;
import io.minutebars.testsupport.ServiceProcess;
import io.minutebars.testsupport.Wiring;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The suite end to end across Binance, Bybit, BitMEX and a Nomics-compatible source, every built
 * service a separate process. The simulator runs 60x accelerated through more than 30 simulated
 * minutes; in the middle every stream is dropped, and the polled source answers 429s for a while.
 * Every bar the query API returns must agree with the simulator's ground truth ({@link TruthCheck}),
 * none missing and none extra, and /api/v1/markets must list every market of the four. The statistics
 * and the cross-exchange composite served for the run equal what {@link ReferenceStats} computes from
 * the same bars.
 */
class EndToEndTest {
    static final int MINUTES = 32;
    static Suite suite;
    static long first;
    static long end;

    @BeforeAll
    static void startSuite() throws Exception {
        suite = new Suite().start();
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    static long simNow() {
        return Http.get(suite.simulator.url("/sim/clock")).get("simNow").asLong();
    }

    static void waitForSimTime(long t) throws InterruptedException {
        ServiceProcess.waitUntil("simulated time " + Instant.ofEpochMilli(t), Duration.ofMinutes(3),
                () -> simNow() >= t, suite.all());
    }

    @Test
    void everyBarOfTheFourExchangesAgreesWithTheTruthAcrossForcedDisconnects() throws Exception {
        for (Venue v : Venue.ALL) {
            if (v.streams()) {
                ServiceProcess s = suite.service(v);
                ServiceProcess.waitUntil(v.exchange() + " streaming", Duration.ofSeconds(60),
                        () -> Http.get(s.url("/api/v1/streams")).get("connected").asInt() == 1, s);
            }
        }
        first = Minutes.floor(simNow()) + Minutes.MINUTE_MS;
        waitForSimTime(first + 12 * Minutes.MINUTE_MS);
        for (Venue v : Venue.ALL) {
            if (v.streams()) {
                assertEquals(1, Http.post(suite.simulator.url("/sim/drop?exchange=" + v.exchange()), "")
                        .get("closed").asInt(), v.exchange() + "'s stream was dropped");
            } else {
                Http.post(suite.simulator.url("/sim/faults/rate-limit?exchange=" + v.exchange() + "&count=3"), "");
            }
        }
        end = first + MINUTES * Minutes.MINUTE_MS;
        waitForSimTime(end + 10_000 * (long) Suite.SPEED / 60);

        int empty = 0;
        List<List<Bar>> btc = new ArrayList<>();
        java.util.Map<String, List<Bar>> all = new java.util.LinkedHashMap<>();
        for (Venue v : Venue.ALL) {
            if (v.streams()) {
                JsonNode status = Http.get(suite.service(v).url("/api/v1/streams"));
                assertTrue(status.get("connects").asLong() >= 2, v.exchange() + " reconnected: " + status);
            }
            for (int i = 0; i < v.symbols().size(); i++) {
                empty += checkMarket(v, v.nativeSymbols().get(i), v.symbols().get(i));
            }
            btc.add(read(barsUrl(v.exchange(), v.symbols().get(0))));
            v.symbols().forEach(s -> all.put(v.exchange() + ":" + s, read(barsUrl(v.exchange(), s))));
        }
        assertTrue(empty > 0, "the run covered quiet minutes (EMPTY bars)");
        checkMarketsListing();
        StatsCheck.indicators(suite.query, "binance", "BTC-USDT", btc.get(0));
        StatsCheck.composite(suite.query, "BTC", btc, first, end);
        StatsCheck.rankings(suite.query, all);
        // the 429s injected into the polled source reached the ledger, which only the operator key may read
        assertEquals(401, Http.status(suite.aggregator.url("/api/v1/ledger/errors")));
        assertTrue(Http.get(suite.aggregator.url("/api/v1/ledger/errors?exchange=nomics"), Wiring.OPERATOR_KEY).size() > 0,
                "ingest errors recorded");
        for (ServiceProcess p : suite.all()) {
            assertTrue(!p.logText().contains(Wiring.NOMICS_KEY), p.name + " never logs the Nomics API key");
            assertTrue(!p.logText().contains(Wiring.OPERATOR_KEY), p.name + " never logs the operator key");
        }
    }

    /** Compares one market's stored bars with the truth; returns how many were EMPTY. */
    static int checkMarket(Venue v, String nativeSymbol, String symbol) throws Exception {
        List<Bar> truth = truth(v, nativeSymbol, first, end);
        assertEquals(MINUTES, truth.size(), MINUTES + " simulated minutes of truth");
        String url = barsUrl(v.exchange(), symbol);
        // late trades revise bars a moment after their first version: read until the stored bars settle
        List<Bar> stored = List.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            stored = Http.status(url) == 200 ? read(url) : List.of();
            if (TruthCheck.allMatch(truth, stored)) {
                break;
            }
            Thread.sleep(500);
        }
        if (truth.size() != stored.size()) {
            assertEquals(truth.size(), stored.size(), v.exchange() + " " + symbol + ": none missing, none extra"
                    + suite.diagnostics());
        }
        int empty = 0;
        for (int i = 0; i < truth.size(); i++) {
            String why = TruthCheck.mismatch(truth.get(i), stored.get(i));
            assertEquals(null, why, v.exchange() + " " + symbol + " " + truth.get(i).openTime() + "\n truth:  "
                    + truth.get(i) + "\n stored: " + stored.get(i));
            empty += stored.get(i).status() == BarStatus.EMPTY ? 1 : 0;
        }
        if ("binance".equals(v.exchange())) {
            RollupCheck.fiveMinute(suite.query, symbol, truth);
        }
        return empty;
    }

    static String barsUrl(String exchange, String symbol) {
        return suite.query.url("/api/v1/bars?exchange=" + exchange + "&symbol=" + symbol + "&interval=1m&start="
                + first + "&end=" + end + "&limit=10000");
    }

    static void checkMarketsListing() {
        JsonNode markets = Http.get(suite.query.url("/api/v1/markets"));
        Set<String> listed = new HashSet<>();
        markets.get("markets").forEach(m -> listed.add(m.get("exchange").asText() + ":" + m.get("symbol").asText()));
        List<String> missing = new ArrayList<>();
        for (Venue v : Venue.ALL) {
            v.symbols().stream().map(s -> v.exchange() + ":" + s).filter(k -> !listed.contains(k)).forEach(missing::add);
        }
        assertTrue(missing.isEmpty(), "markets not listed: " + missing + " in " + listed);
    }

    static List<Bar> truth(Venue v, String nativeSymbol, long from, long to) throws Exception {
        return List.of(Json.mapper().treeToValue(Http.get(suite.simulator.url("/sim/truth?exchange=" + v.exchange()
                + "&symbol=" + nativeSymbol + "&start=" + from + "&end=" + to)), Bar[].class));
    }

    static List<Bar> read(String url) {
        try {
            return List.of(Json.mapper().treeToValue(Http.get(url).get("bars"), Bar[].class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
