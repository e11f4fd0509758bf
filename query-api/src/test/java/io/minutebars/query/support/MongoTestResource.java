package io.minutebars.query.support;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.InetSocketAddress;
import java.util.Map;

/** An in-JVM MongoDB-wire server on a random port, in place of the real store. */
public class MongoTestResource implements QuarkusTestResourceLifecycleManager {
    private MongoServer server;

    @Override
    public Map<String, String> start() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        return Map.of("quarkus.mongodb.connection-string",
                "mongodb://" + address.getHostString() + ":" + address.getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.shutdownNow();
        }
    }
}
