package io.minutebars.e2e;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.minutebars.model.Bar;
import io.minutebars.model.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the aggregator dead-lettered in a run: each message's reason and bars (read without consuming them). */
final class DeadLetterReader {
    private DeadLetterReader() {
    }

    static List<String> read(int port, String queue) {
        List<String> out = new ArrayList<>();
        ConnectionFactory f = new ConnectionFactory();
        f.setHost("127.0.0.1");
        f.setPort(port);
        f.setUsername("guest");
        f.setPassword("guest");
        try (Connection c = f.newConnection("chaos-test"); Channel ch = c.createChannel()) {
            GetResponse r;
            while ((r = ch.basicGet(queue, false)) != null && out.size() < 100) {
                Map<String, Object> h = r.getProps().getHeaders() == null ? Map.of() : r.getProps().getHeaders();
                StringBuilder sb = new StringBuilder();
                sb.append("reason ").append(h.getOrDefault("x-failure-reason", "(none: rejected by the broker)"));
                if (h.containsKey("x-death")) {
                    sb.append(", x-death ").append(h.get("x-death"));
                }
                try {
                    List<Bar> bars = Json.readBars(r.getBody());
                    sb.append(", ").append(bars.size()).append(" bar(s):");
                    bars.stream().limit(5).forEach(b -> sb.append(' ').append(b.exchange()).append(' ')
                            .append(b.symbol()).append(' ').append(ChaosPlan.hhmmss(b.openTime().toEpochMilli()))
                            .append(' ').append(b.status()).append(" rev ").append(b.revision()));
                } catch (RuntimeException e) {
                    sb.append(", ").append(r.getBody().length).append(" bytes not bars");
                }
                out.add(sb.toString());
            }
            // nothing acknowledged: closing the channel puts them back
        } catch (Exception e) {
            out.add("dead-letter queue " + queue + " unreadable: " + e);
        }
        return out;
    }
}
