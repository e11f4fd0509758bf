package io.minutebars.core.testing;

import io.minutebars.core.testing.StandInServer.Reply;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Quarkus test resource serving an exchange's REST API from fixtures on a loopback port, and pointing
 * {@code minutebars.exchange.rest-url} at it. Subclasses say which paths they own and how to answer.
 */
public abstract class StandInResource implements QuarkusTestResourceLifecycleManager {
    private static final Map<Class<?>, List<String>> REQUESTS = new ConcurrentHashMap<>();
    private final String prefix;
    private StandInServer server;

    /** @param prefix the path prefix answered, e.g. {@code /api/v1} */
    protected StandInResource(String prefix) {
        this.prefix = prefix;
    }

    protected abstract Reply answer(String path, String query);

    @Override
    public Map<String, String> start() {
        server = new StandInServer().route(prefix, this::answer).start();
        REQUESTS.put(getClass(), server.requests());
        return Map.of("minutebars.exchange.rest-url", server.url());
    }

    @Override
    public void stop() {
        server.stop();
    }

    /** Every request ("path?query") the running stand-in of that class has seen. */
    public static List<String> requests(Class<? extends StandInResource> type) {
        return REQUESTS.getOrDefault(type, List.of());
    }
}
