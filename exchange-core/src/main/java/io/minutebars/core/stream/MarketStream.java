package io.minutebars.core.stream;

import io.minutebars.core.capability.StreamProtocol;
import io.minutebars.core.config.ReconnectConfig;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import java.net.URI;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * One WebSocket connection carrying a set of markets, kept alive for good: connect, subscribe,
 * heartbeat, reconnect with exponential backoff, and replacement before the exchange's forced
 * disconnect by opening the new connection before closing the old one.
 */
public final class MarketStream {
    private static final Logger LOG = Logger.getLogger(MarketStream.class);

    /** What the stream tells its owner. Called on the Vert.x event loop. */
    public interface Listener {
        /** A connection is open and will deliver these markets' trades from now on. */
        void onConnected(List<String> markets);

        /** The connection dropped: trades may be missed until the next onConnected. */
        void onDisconnected(List<String> markets, String reason);

        void onText(String frame);
    }

    private final Vertx vertx;
    private final WebSocketClient client;
    private final String exchange;
    private final StreamProtocol protocol;
    private final List<String> markets;
    private final ReconnectConfig cfg;
    private final Listener listener;
    private WebSocket current;
    private long connectedAtNanos;
    private volatile long lastActivityNanos;
    private long backoffMs;
    private long heartbeatTimer = -1;
    private volatile boolean stopped;
    private volatile long connections;
    private final String wsBase;

    public MarketStream(Vertx vertx, WebSocketClient client, String exchange, StreamProtocol protocol,
            List<String> markets, String wsBase, ReconnectConfig cfg, Listener listener) {
        this.vertx = vertx;
        this.wsBase = wsBase.replaceAll("/+$", "");
        this.client = client;
        this.exchange = exchange;
        this.protocol = protocol;
        this.markets = List.copyOf(markets);
        this.cfg = cfg;
        this.listener = listener;
        this.backoffMs = cfg.initialBackoff().toMillis();
    }

    public void start() {
        heartbeatTimer = vertx.setPeriodic(cfg.heartbeatInterval().toMillis(), id -> heartbeat());
        connect(false);
    }

    public void stop() {
        stopped = true;
        vertx.cancelTimer(heartbeatTimer);
        WebSocket ws = current;
        current = null;
        if (ws != null) {
            ws.close();
        }
    }

    /** Drops the connection as if the network failed (operators and tests). */
    public void dropConnection() {
        WebSocket ws = current;
        if (ws != null) {
            ws.close((short) 1001, "dropped on request");
        }
    }

    public boolean connected() {
        return current != null;
    }

    public long connections() {
        return connections;
    }

    public List<String> markets() {
        return markets;
    }

    private void connect(boolean rotation) {
        if (stopped) {
            return;
        }
        URI uri = protocol.streamUri(wsBase, markets);
        boolean tls = "wss".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80;
        String path = uri.getRawPath() + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "");
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(uri.getHost()).setPort(port)
                .setSsl(tls).setURI(path.isEmpty() ? "/" : path).setTimeout(cfg.connectTimeout().toMillis());
        client.connect(options).onComplete(ar -> {
            if (ar.succeeded()) {
                attach(ar.result(), rotation);
            } else if (rotation) {
                LOG.warnf("replacement connection failed (%s); keeping the current one", ar.cause().getMessage());
            } else {
                listener.onDisconnected(markets, "connect failed: " + ar.cause().getMessage());
                scheduleReconnect();
            }
        });
    }

    private void attach(WebSocket ws, boolean rotation) {
        if (stopped) {
            ws.close();
            return;
        }
        WebSocket old = current;
        current = ws;
        connections++;
        connectedAtNanos = System.nanoTime();
        lastActivityNanos = connectedAtNanos;
        backoffMs = cfg.initialBackoff().toMillis();
        // from here on this connection's trades are buffered until REST has filled what was missed
        listener.onConnected(markets);
        ws.textMessageHandler(text -> {
            lastActivityNanos = System.nanoTime();
            listener.onText(text);
        });
        ws.pongHandler(b -> lastActivityNanos = System.nanoTime());
        ws.exceptionHandler(e -> LOG.debugf("websocket error: %s", e.getMessage()));
        ws.closeHandler(v -> onClosed(ws));
        for (String msg : protocol.subscribeMessages(markets)) {
            ws.writeTextMessage(msg);
        }
        LOG.infof("%s stream connected for %d market(s)%s", exchange, markets.size(),
                rotation ? " (replacing the aged connection)" : "");
        if (old != null) {
            old.close((short) 1000, "replaced");
        }
    }

    private void onClosed(WebSocket ws) {
        if (ws != current || stopped) {
            return; // a replaced connection, or shutting down
        }
        current = null;
        String reason = "closed" + (ws.closeStatusCode() != null ? " (" + ws.closeStatusCode() + " "
                + ws.closeReason() + ")" : "");
        LOG.warnf("%s stream %s; reconnecting in %d ms", exchange, reason, backoffMs);
        listener.onDisconnected(markets, reason);
        scheduleReconnect();
    }

    private void scheduleReconnect() {
        if (stopped) {
            return;
        }
        long delay = backoffMs;
        backoffMs = Math.min(backoffMs * 2, cfg.maxBackoff().toMillis());
        vertx.setTimer(Math.max(1, delay), id -> connect(false));
    }

    private void heartbeat() {
        WebSocket ws = current;
        if (ws == null) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastActivityNanos > cfg.heartbeatTimeout().toNanos()) {
            LOG.warnf("%s stream silent for %s; closing it", exchange, cfg.heartbeatTimeout());
            ws.close((short) 1001, "heartbeat timeout");
            return;
        }
        if (now - connectedAtNanos > cfg.maxConnectionAge().toNanos()) {
            connectedAtNanos = now; // one replacement attempt per heartbeat at most
            connect(true);
        }
        protocol.heartbeatMessage().ifPresentOrElse(ws::writeTextMessage, () -> ws.writePing(Buffer.buffer("hb")));
    }
}
