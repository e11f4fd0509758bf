package io.minutebars.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.minutebars.model.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How long after its minute closes a bar can be read from the query API: for each of {@code minutes}
 * minute ends it polls {@code /api/v1/bars/latest} of every market every 10 ms until that minute's bar is
 * there, and prints each delay and the percentiles. Minutes are the exchange's: its clock is read once from
 * {@code <clock-url>} (the simulator's {@code /sim/clock}; it must run at real speed), or is the local one.
 * Usage: {@code BarLatency <query-api-url> <exchange> <minutes> <clock-url|local> <symbol>...}.
 */
public final class BarLatency {
    private BarLatency() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String exchange = args[1];
        int minutes = Integer.parseInt(args[2]);
        List<String> symbols = List.of(args).subList(4, args.length);
        HttpClient http = HttpClient.newHttpClient();
        long offset = 0; // exchange time - local time
        if (!args[3].equals("local")) {
            long before = System.currentTimeMillis();
            byte[] clock = http.send(HttpRequest.newBuilder(URI.create(args[3])).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body();
            long after = System.currentTimeMillis();
            offset = Json.mapper().readTree(clock).get("simNow").asLong() - (before + after) / 2;
        }
        List<Long> delays = new ArrayList<>();
        long minute = (System.currentTimeMillis() + offset) / 60_000 * 60_000 + 60_000; // the minute that opens next
        for (int i = 0; i < minutes; i++, minute += 60_000) {
            long closes = minute + 60_000;
            Thread.sleep(Math.max(0, closes - System.currentTimeMillis() - offset));
            for (String symbol : symbols) {
                URI uri = URI.create(base + "/api/v1/bars/latest?exchange=" + exchange + "&symbol=" + symbol);
                long deadline = closes + 30_000;
                while (true) {
                    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    JsonNode bar = r.statusCode() == 200 ? Json.mapper().readTree(r.body()) : null;
                    if (bar != null && Instant.parse(bar.get("openTime").asText()).toEpochMilli() >= minute) {
                        long delay = System.currentTimeMillis() + offset - closes;
                        delays.add(delay);
                        System.out.printf("%s %s %s: queryable %d ms after the minute closed%n", exchange, symbol,
                                Instant.ofEpochMilli(minute), delay);
                        break;
                    }
                    if (System.currentTimeMillis() + offset > deadline) {
                        System.out.printf("%s %s %s: not queryable within 30 s%n", exchange, symbol,
                                Instant.ofEpochMilli(minute));
                        delays.add(30_000L);
                        break;
                    }
                    Thread.sleep(10);
                }
            }
        }
        delays.sort(Long::compare);
        System.out.printf("%d bars: p50 %d ms, p99 %d ms, max %d ms after the minute closed%n", delays.size(),
                delays.get(delays.size() / 2), delays.get((int) Math.ceil(delays.size() * 0.99) - 1),
                delays.get(delays.size() - 1));
    }
}
