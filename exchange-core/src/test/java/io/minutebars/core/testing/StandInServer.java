package io.minutebars.core.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;

/**
 * A loopback HTTP server answering an exchange's REST paths from recorded fixtures, for every exchange
 * service's tests: each route maps (path, query) to a {@link Reply}; every request is logged.
 */
public final class StandInServer {
    public record Reply(int status, String body, Map<String, String> headers) {
        public static Reply json(String body) {
            return new Reply(200, body, Map.of());
        }

        public static Reply fixture(String relative) {
            return json(Fixtures.read(relative));
        }
    }

    private final HttpServer http;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    public StandInServer() {
        try {
            http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind a loopback stand-in", e);
        }
    }

    /** Answers every request whose path starts with {@code prefix}; the query is "" when absent. */
    public StandInServer route(String prefix, BiFunction<String, String, Reply> handler) {
        http.createContext(prefix, exchange -> {
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getQuery();
            requests.add(path + "?" + query);
            Reply reply = handler.apply(path, query);
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type",
                    reply.body().startsWith("{") || reply.body().startsWith("[") ? "application/json" : "text/plain");
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(bytes);
            }
        });
        return this;
    }

    public StandInServer start() {
        http.start();
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    public List<String> requests() {
        return requests;
    }

    public void stop() {
        http.stop(0);
    }
}
