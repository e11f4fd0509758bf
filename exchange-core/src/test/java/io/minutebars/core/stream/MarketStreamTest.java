package io.minutebars.core.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minutebars.core.capability.StreamProtocol;
import io.minutebars.core.config.ReconnectConfig;
import io.minutebars.core.engine.Trade;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocketClientOptions;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The WebSocket lifecycle against a local server: reconnect after a drop, replacement before the forced disconnect. */
class MarketStreamTest {
    Vertx vertx;
    HttpServer server;
    final Set<ServerWebSocket> open = ConcurrentHashMap.newKeySet();
    final AtomicInteger accepted = new AtomicInteger();
    final AtomicInteger maxOpen = new AtomicInteger();
    final List<String> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws Exception {
        vertx = Vertx.vertx();
        server = vertx.createHttpServer().webSocketHandler(ws -> {
            accepted.incrementAndGet();
            open.add(ws);
            maxOpen.accumulateAndGet(open.size(), Math::max);
            ws.closeHandler(v -> open.remove(ws));
            ws.writeTextMessage("hello " + accepted.get());
        });
        server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() {
        vertx.close();
    }

    MarketStream stream(Duration maxAge) {
        int port = server.actualPort();
        ReconnectConfig cfg = new ReconnectConfig() {
            public Duration initialBackoff() { return Duration.ofMillis(50); }
            public Duration maxBackoff() { return Duration.ofMillis(200); }
            public Duration heartbeatInterval() { return Duration.ofMillis(100); }
            public Duration heartbeatTimeout() { return Duration.ofSeconds(5); }
            public Duration maxConnectionAge() { return maxAge; }
            public Duration connectTimeout() { return Duration.ofSeconds(2); }
            public int maxMessageBytes() { return 1 << 20; }
        };
        StreamProtocol protocol = new StreamProtocol() {
            public URI streamUri(String base, List<String> m) { return URI.create(base + "/stream?streams=x"); }
            public List<String> subscribeMessages(List<String> m) { return List.of("{\"op\":\"subscribe\"}"); }
            public Optional<String> heartbeatMessage() { return Optional.empty(); }
            public void decode(String frame, Consumer<Trade> out) { }
        };
        return new MarketStream(vertx, vertx.createWebSocketClient(new WebSocketClientOptions()), "test", protocol,
                List.of("BTCUSDT"), "ws://127.0.0.1:" + port + "/", cfg, new MarketStream.Listener() {
                    public void onConnected(List<String> markets) { events.add("connected"); }
                    public void onDisconnected(List<String> markets, String reason) { events.add("lost"); }
                    public void onText(String frame) { events.add(frame); }
                });
    }

    static void await(String what, BooleanSupplier cond) throws InterruptedException {
        for (int i = 0; i < 100 && !cond.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        assertTrue(cond.getAsBoolean(), what);
    }

    @Test
    void reconnectsAfterTheServerDropsTheConnection() throws Exception {
        MarketStream s = stream(Duration.ofHours(23));
        s.start();
        await("first connection", () -> events.contains("hello 1"));
        open.forEach(ws -> ws.close((short) 1001, "going away"));
        await("reconnected", () -> events.contains("hello 2"));
        assertEquals(List.of("connected", "hello 1", "lost", "connected", "hello 2"), events.subList(0, 5));
        assertEquals(2, s.connections());
        s.stop();
    }

    @Test
    void anAgedConnectionIsReplacedBeforeItIsClosed() throws Exception {
        MarketStream s = stream(Duration.ofMillis(250));
        s.start();
        await("replacement", () -> accepted.get() >= 2 && open.size() == 1);
        assertEquals(2, maxOpen.get(), "the new connection was open before the old one closed");
        assertTrue(!events.contains("lost"), "a replacement is not a loss: " + events);
        assertTrue(s.connected());
        s.stop();
    }
}
