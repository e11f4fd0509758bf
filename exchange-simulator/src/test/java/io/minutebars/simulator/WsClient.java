package io.minutebars.simulator;

import io.vertx.core.Vertx;
import io.vertx.core.http.ClientWebSocket;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A Vert.x WebSocket client that records every text frame and the close status. */
public final class WsClient implements AutoCloseable {
    public final LinkedBlockingQueue<String> frames = new LinkedBlockingQueue<>();
    public final CompletableFuture<Short> closed = new CompletableFuture<>();
    private WebSocket socket;

    private WsClient() {
    }

    public static WsClient connect(Vertx vertx, URI base, String path) throws Exception {
        WsClient client = new WsClient();
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(base.getHost())
                .setPort(base.getPort()).setURI(path);
        // Handlers are set before connecting, so not even a frame sent on open (a welcome) can be missed.
        ClientWebSocket ws = vertx.createWebSocketClient().webSocket();
        ws.textMessageHandler(client.frames::add);
        ws.closeHandler(v -> client.closed.complete(ws.closeStatusCode()));
        try {
            client.socket = ws.connect(options).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof IllegalStateException)) {
                throw e;
            }
            // Vert.x's client fails its connect when the server sends a refusal and closes right after the handshake;
            // the JDK's client has its listener before the handshake, so it records that refusal
            return refused(base, path);
        }
        return client;
    }

    /** A connection the server refuses at once: its frames and close code only (nothing can be sent). */
    private static WsClient refused(URI base, String path) throws Exception {
        WsClient client = new WsClient();
        StringBuilder text = new StringBuilder();
        HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create("ws://" + base.getHost() + ":"
                + base.getPort() + path), new java.net.http.WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(java.net.http.WebSocket ws, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            client.frames.add(text.toString());
                            text.setLength(0);
                        }
                        ws.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onClose(java.net.http.WebSocket ws, int status, String reason) {
                        client.closed.complete((short) status);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        return client;
    }

    public void send(String text) throws Exception {
        socket.writeTextMessage(text).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    public String next() throws InterruptedException {
        String frame = frames.poll(10, TimeUnit.SECONDS);
        if (frame == null) {
            throw new AssertionError("no frame within 10 s");
        }
        return frame;
    }

    /** Whether a frame matching {@code wanted} arrives within 10 s (frames before it are skipped). */
    public boolean awaits(java.util.function.Predicate<String> wanted) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            String f = frames.poll(100, TimeUnit.MILLISECONDS);
            if (f != null && wanted.test(f)) {
                return true;
            }
        }
        return false;
    }

    /** Frames until {@code count} have arrived or the timeout passed. */
    public List<String> take(int count, long timeoutMs) throws InterruptedException {
        List<String> out = new ArrayList<>();
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (out.size() < count && System.currentTimeMillis() < deadline) {
            String f = frames.poll(100, TimeUnit.MILLISECONDS);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    @Override
    public void close() {
        if (socket != null && !socket.isClosed()) {
            socket.close();
        }
    }
}
