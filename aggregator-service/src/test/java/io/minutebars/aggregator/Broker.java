package io.minutebars.aggregator;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The test's own side of the broker (publishing, reading queues, waiting) and the bars it sends. */
final class Broker {
    private static Connection connection;
    private static Channel channel;

    private Broker() {
    }

    static synchronized Channel channel() {
        try {
            if (channel == null || !channel.isOpen()) {
                ConnectionFactory f = new ConnectionFactory();
                f.setHost("127.0.0.1");
                connection = f.newConnection();
                channel = connection.createChannel();
                channel.exchangeDeclare(AggregatorTestResource.BARS_EXCHANGE, "topic", true);
                channel.exchangeDeclare(AggregatorTestResource.EVENTS_EXCHANGE, "topic", true);
                channel.exchangeDeclare(AggregatorTestResource.STORED_EXCHANGE, "topic", true);
            }
            return channel;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Bar bar(String exchange, String symbol, long t, String close, int revision, BarSource source) {
        BigDecimal c = new BigDecimal(close);
        return new Bar(exchange, symbol, symbol.replace("-", ""), "1m", Instant.ofEpochMilli(t), null, c, c, c, c,
                BigDecimal.ONE, c, 1L, c, BigDecimal.ONE, c, BigDecimal.ZERO, BigDecimal.ZERO, "7", "7",
                BarStatus.COMPLETE, revision, source);
    }

    static void publish(String exchange, String key, byte[] body, Map<String, Object> headers) throws Exception {
        channel().basicPublish(exchange, key, new AMQP.BasicProperties.Builder().deliveryMode(2)
                .contentType("application/json").headers(headers).build(), body);
    }

    static void publishBars(List<Bar> bars) throws Exception {
        publish(AggregatorTestResource.BARS_EXCHANGE, bars.get(0).routingKey(), Json.writeBars(bars), null);
    }

    /** A queue of the test's own, bound to the stored-bar announcements of {@code keyPattern}. */
    static String announcements(String keyPattern) throws Exception {
        String q = channel().queueDeclare().getQueue();
        channel().queueBind(q, AggregatorTestResource.STORED_EXCHANGE, keyPattern);
        return q;
    }

    /** Every bar announced on {@code queue} within {@code millis} once {@code expected} bars arrived. */
    static List<Bar> announced(String queue, int expected, long millis) throws Exception {
        List<Bar> bars = new ArrayList<>();
        long end = System.currentTimeMillis() + millis;
        while (bars.size() < expected && System.currentTimeMillis() < end) {
            GetResponse r = get(queue);
            if (r == null) {
                Thread.sleep(50);
            } else {
                bars.addAll(Json.readBars(r.getBody()));
            }
        }
        return bars;
    }

    static GetResponse get(String queue) {
        try {
            return channel().basicGet(queue, true);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Takes every message off {@code queue}. */
    static List<GetResponse> drain(String queue) {
        List<GetResponse> out = new ArrayList<>();
        for (GetResponse r = get(queue); r != null; r = get(queue)) {
            out.add(r);
        }
        return out;
    }

    static long count(String queue) {
        try {
            return channel().messageCount(queue);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T eventually(String what, Supplier<T> probe) throws InterruptedException {
        return eventually(what, 300, probe);
    }

    /** Polls {@code probe} every 100 ms, at most {@code tries} times, until it answers (not null, not false). */
    static <T> T eventually(String what, int tries, Supplier<T> probe) throws InterruptedException {
        for (int i = 0; i < tries; i++) {
            T v = probe.get();
            if (v != null && !Boolean.FALSE.equals(v)) {
                return v;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for " + what);
    }
}
