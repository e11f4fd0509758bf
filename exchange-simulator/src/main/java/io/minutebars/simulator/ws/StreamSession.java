package io.minutebars.simulator.ws;

import io.minutebars.simulator.market.AggTrade;
import io.minutebars.simulator.market.SymbolSpec;
import io.minutebars.simulator.service.BinanceJson;
import io.minutebars.simulator.store.TradeStore;
import io.quarkus.websockets.next.WebSocketConnection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One client connection: its subscribed streams, each with the id of the last trade sent. Every tick
 * sends the trades after that id up to simNow, so a trade is never skipped nor sent twice.
 */
final class StreamSession {
    private final WebSocketConnection connection;
    private final Map<String, Subscription> subscriptions = new LinkedHashMap<>();
    private boolean combined;

    private static final class Subscription {
        final String stream;
        final SymbolSpec market;
        long lastSentId;

        Subscription(String stream, SymbolSpec market, long lastSentId) {
            this.stream = stream;
            this.market = market;
            this.lastSentId = lastSentId;
        }
    }

    private record Pending(AggTrade trade, Subscription sub) {
    }

    StreamSession(WebSocketConnection connection, boolean combined) {
        this.connection = connection;
        this.combined = combined;
    }

    WebSocketConnection connection() {
        return connection;
    }

    /** Subscribes from now on: the first trade sent is the first one after simNow. */
    synchronized void subscribe(String stream, SymbolSpec market, TradeStore store, long now) {
        if (subscriptions.containsKey(stream)) {
            return;
        }
        List<AggTrade> last = store.latest(market.symbol(), now, 1);
        subscriptions.put(stream, new Subscription(stream, market, last.isEmpty() ? -1 : last.get(0).id()));
    }

    synchronized void unsubscribe(String stream) {
        subscriptions.remove(stream);
    }

    synchronized List<String> streams() {
        return List.copyOf(subscriptions.keySet());
    }

    synchronized boolean combined() {
        return combined;
    }

    synchronized void combined(boolean value) {
        combined = value;
    }

    /** The frames due at {@code now}, in (T, a) order across streams; advances the cursors. */
    synchronized List<String> due(TradeStore store, long now, int maxPerStream) {
        List<Pending> pending = new ArrayList<>();
        for (Subscription sub : subscriptions.values()) {
            for (AggTrade t : store.fromId(sub.market.symbol(), sub.lastSentId + 1, now, maxPerStream)) {
                pending.add(new Pending(t, sub));
                sub.lastSentId = t.id();
            }
        }
        if (subscriptions.size() > 1) {
            // Stable sort: trades of one stream keep their (T, a) order. (Only when a stream hits the
            // per-tick cap can another stream run ahead of it in time; each stream stays in order.)
            pending.sort(Comparator.comparingLong(p -> p.trade().time()));
        }
        List<String> frames = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            frames.add(combined
                    ? BinanceJson.combined(p.sub().stream, p.sub().market.symbol(), p.trade())
                    : BinanceJson.aggTradeEvent(p.sub().market.symbol(), p.trade()));
        }
        return frames;
    }
}
