package io.minutebars.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.minutebars.core.engine.Checkpoint;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import io.minutebars.model.IngestError;
import io.minutebars.model.Instrument;
import io.minutebars.model.Json;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestartPointsTest {
    static final long T = Instant.parse("2024-03-01T12:00:00Z").toEpochMilli();
    static final List<Instrument> MARKETS = List.of(
            new Instrument("binance", "BTC-USDT", "BTCUSDT", "BTC", "USDT", "SPOT", "TRADING", true, null, null, null),
            new Instrument("binance", "ETH-USDT", "ETHUSDT", "ETH", "USDT", "SPOT", "TRADING", true, null, null, null));

    @TempDir Path dir;
    HttpServer readApi;
    final List<String> asked = new ArrayList<>();
    final List<IngestError> errors = new ArrayList<>();

    /** A read API whose latest BTC-USDT bar is the minute at T (trades up to 4711); nothing stored for ETH. */
    @BeforeEach
    void startReadApi() throws Exception {
        readApi = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        readApi.createContext("/api/v1/bars/latest", ex -> {
            asked.add(ex.getRequestURI().getQuery());
            boolean btc = ex.getRequestURI().getQuery().contains("symbol=BTC-USDT");
            BigDecimal p = BigDecimal.TEN;
            byte[] body = btc ? Json.write(new Bar("binance", "BTC-USDT", "BTCUSDT", "1m", Instant.ofEpochMilli(T), null,
                    p, p, p, p, p, p, 3L, p, p, p, p, p, "4709", "4711", BarStatus.COMPLETE, 0, BarSource.LIVE))
                    .getBytes(StandardCharsets.UTF_8) : "{\"status\":404}".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(btc ? 200 : 404, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        readApi.start();
    }

    @AfterEach
    void stop() {
        readApi.stop(0);
    }

    RestartPoints points(Path checkpoint, boolean withStore) {
        return new RestartPoints("binance", Optional.of(new CheckpointStore(checkpoint)),
                withStore ? Optional.of(new StoredBars("http://127.0.0.1:" + readApi.getAddress().getPort(),
                        Optional.empty())) : Optional.empty(), true, errors::add);
    }

    @Test
    void aCheckpointComesFirstAndIsWrittenDurably() {
        Path file = dir.resolve("state/cp.json");
        new CheckpointStore(file).save(Map.of("BTCUSDT", new Checkpoint(T + 120_000, 5000)));
        assertEquals(Map.of("BTCUSDT", new Checkpoint(T + 120_000, 5000)), new CheckpointStore(file).load());
        Map<String, Checkpoint> found = points(file, true).find(MARKETS, T - 86_400_000L, T + 600_000);
        assertEquals(new Checkpoint(T + 120_000, 5000), found.get("BTCUSDT"));
        assertTrue(!found.containsKey("ETHUSDT"), "no checkpoint and nothing stored: a first start");
        assertTrue(errors.isEmpty());
    }

    @Test
    void withoutACheckpointAMarketGoesOnWhereItsStoredBarsEnd() {
        Map<String, Checkpoint> found = points(dir.resolve("none.json"), true).find(MARKETS, T - 86_400_000L,
                T + 600_000);
        assertEquals(new Checkpoint(T + 60_000, 4711), found.get("BTCUSDT"), "after the last stored minute and trade");
        assertEquals(2, asked.size());
    }

    @Test
    void anUnreadableCheckpointIsReportedLoudlyAndTheStoreTakesOver() throws Exception {
        Path file = dir.resolve("cp.json");
        Files.writeString(file, "{\"BTCUSDT\": {\"nextToClo");
        assertThrows(CheckpointStore.UnreadableCheckpointException.class, () -> new CheckpointStore(file).load());
        Map<String, Checkpoint> found = points(file, true).find(MARKETS, T - 86_400_000L, T + 600_000);
        assertEquals(new Checkpoint(T + 60_000, 4711), found.get("BTCUSDT"));
        assertEquals(1, errors.size(), "one ingest error says so");
        assertEquals(IngestError.Kind.GAP, errors.get(0).kind());
        assertTrue(errors.get(0).message().contains("unreadable"), errors.get(0).message());
    }

    @Test
    void pointsTooOldOrAheadOfNowAreNotResumedFrom() {
        Path file = dir.resolve("cp.json");
        new CheckpointStore(file).save(Map.of("BTCUSDT", new Checkpoint(T - 2 * 86_400_000L, 1)));
        assertTrue(points(file, false).find(MARKETS, T - 86_400_000L, T + 600_000).isEmpty());
        assertTrue(points(dir.resolve("x.json"), true).find(MARKETS, T - 86_400_000L, T).isEmpty(),
                "the stored bar ends after the latest allowed start");
    }
}
