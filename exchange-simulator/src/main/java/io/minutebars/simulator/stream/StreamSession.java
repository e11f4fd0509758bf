package io.minutebars.simulator.stream;

import io.minutebars.simulator.market.AggTrade;
import io.minutebars.simulator.market.ExchangeId;
import io.minutebars.simulator.market.ExchangeMarket;
import io.minutebars.simulator.store.TradeStore;
import io.quarkus.websockets.next.WebSocketConnection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One client connection of any exchange: its subscribed topics, each with the id of the last trade sent.
 * Every tick sends the trades after that id up to simNow, so a trade is never skipped nor sent twice; the
 * exchange's {@link FrameFormat} writes them.
 */
public final class StreamSession {
    private final WebSocketConnection connection;
    private final ExchangeId exchange;
    private final FrameFormat format;
    private final Map<String, Subscription> subscriptions = new LinkedHashMap<>();

    /** The trades of one topic due in this tick, in (T, a) order. */
    public record Due(String topic, ExchangeMarket market, List<AggTrade> trades) {
    }

    private static final class Subscription {
        final String topic;
        final ExchangeMarket market;
        long lastSentId;

        Subscription(String topic, ExchangeMarket market, long lastSentId) {
            this.topic = topic;
            this.market = market;
            this.lastSentId = lastSentId;
        }
    }

    public StreamSession(WebSocketConnection connection, ExchangeId exchange, FrameFormat format) {
        this.connection = connection;
        this.exchange = exchange;
        this.format = format;
    }

    public WebSocketConnection connection() {
        return connection;
    }

    public ExchangeId exchange() {
        return exchange;
    }

    public FrameFormat format() {
        return format;
    }

    /** Id of the newest trade with T <= now, or -1: a subscription made now starts after it. */
    public static long lastId(TradeStore store, String symbol, long now) {
        List<AggTrade> last = store.latest(symbol, now, 1);
        return last.isEmpty() ? -1 : last.get(0).id();
    }

    /** Sends the topic's trades after {@code afterId}; a topic already subscribed keeps its cursor. */
    public synchronized void subscribe(String topic, ExchangeMarket market, long afterId) {
        subscriptions.putIfAbsent(topic, new Subscription(topic, market, afterId));
    }

    public synchronized boolean subscribed(String topic) {
        return subscriptions.containsKey(topic);
    }

    public synchronized void unsubscribe(String topic) {
        subscriptions.remove(topic);
    }

    public synchronized List<String> streams() {
        return List.copyOf(subscriptions.keySet());
    }

    /** The frames due at {@code now}; advances the cursors. */
    synchronized List<String> due(TradeStore store, long now, int maxPerStream) {
        List<Due> due = new ArrayList<>();
        for (Subscription sub : subscriptions.values()) {
            List<AggTrade> trades = store.fromId(sub.market.symbol(), sub.lastSentId + 1, now, maxPerStream);
            if (!trades.isEmpty()) {
                sub.lastSentId = trades.get(trades.size() - 1).id();
                due.add(new Due(sub.topic, sub.market, trades));
            }
        }
        return due.isEmpty() ? List.of() : format.frames(due);
    }
}
