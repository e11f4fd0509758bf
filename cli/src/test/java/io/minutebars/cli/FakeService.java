package io.minutebars.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import picocli.CommandLine;

/** An in-test HTTP server standing in for a service: canned answers per path, every request recorded. */
final class FakeService implements AutoCloseable {
    record Answer(int status, String body) {
    }

    record Seen(String method, String uri, String key, String body) {
    }

    final List<Seen> requests = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final Map<String, ConcurrentLinkedDeque<Answer>> answers = new ConcurrentHashMap<>();

    FakeService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Queues answers for a method and path; the last one is repeated once the others are used up. */
    FakeService on(String method, String path, Answer... queued) {
        answers.computeIfAbsent(method + " " + path, k -> new ConcurrentLinkedDeque<>()).addAll(List.of(queued));
        return this;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                exchange.getRequestHeaders().getFirst(ServiceClient.KEY_HEADER), body));
        ConcurrentLinkedDeque<Answer> queue = answers.get(exchange.getRequestMethod() + " "
                + exchange.getRequestURI().getPath());
        Answer answer = queue == null ? new Answer(404, "{\"detail\":\"no such path\"}")
                : queue.size() > 1 ? queue.poll() : queue.peek();
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", answer.status() >= 400
                ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** One run of the CLI with the given environment; stdout and stderr captured. */
    record Run(int exitCode, String out, String err) {
        static Run of(UnaryOperator<String> env, String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = MinutebarsCommand.configure(new CommandLine(new MinutebarsCommand(env)));
            cli.setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
            int code = cli.execute(args);
            return new Run(code, out.toString(), err.toString());
        }

        static Run of(String... args) {
            return of(name -> null, args);
        }
    }
}
