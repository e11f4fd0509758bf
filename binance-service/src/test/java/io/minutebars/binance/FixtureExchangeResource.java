package io.minutebars.binance;

import io.minutebars.core.testing.Fixtures;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A stand-in Binance REST API answering with the recorded fixtures, and 429s on demand. */
public class FixtureExchangeResource implements QuarkusTestResourceLifecycleManager {
    static final List<String> QUERIES = new CopyOnWriteArrayList<>();
    static final AtomicInteger RATE_LIMIT_NEXT = new AtomicInteger();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/v3/", this::handle);
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("minutebars.exchange.rest-url", url, "minutebars.exchange.ws-url", url.replace("http", "ws"));
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String query = ex.getRequestURI().getQuery() == null ? "" : ex.getRequestURI().getQuery();
        QUERIES.add(path + "?" + query);
        if (RATE_LIMIT_NEXT.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            ex.getResponseHeaders().add("Retry-After", "1");
            send(ex, 429, Fixtures.read("binance/rest/error_429_-1003_too_much_weight.json"));
            return;
        }
        switch (path) {
            case "/api/v3/time" -> send(ex, 200, "{\"serverTime\":1634944350000}");
            case "/api/v3/exchangeInfo" -> send(ex, 200, Fixtures.read("binance/rest/exchangeInfo_2021-10-11_trimmed.json"));
            case "/api/v3/aggTrades" -> {
                if (query.contains("symbol=BTCUSDT")) {
                    send(ex, 200, Fixtures.read("binance/rest/aggTrades_BTCUSDT_2021-10-22.json"));
                } else {
                    send(ex, 400, Fixtures.read("binance/rest/error_400_-1121_invalid_symbol.json"));
                }
            }
            case "/api/v3/klines" -> send(ex, 200, Fixtures.read("binance/rest/klines_BTCUSDT_1m_2021-10-22.json"));
            default -> send(ex, 404, "{\"code\":-1,\"msg\":\"not found\"}");
        }
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.getResponseHeaders().add("X-MBX-USED-WEIGHT-1M", "4");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
