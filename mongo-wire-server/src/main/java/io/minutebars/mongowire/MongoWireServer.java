package io.minutebars.mongowire;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A MongoDB-wire server for machines without MongoDB (laptops, CI): mongo-java-server with an H2
 * MVStore file backend, or in memory. Production uses a real MongoDB; the services only use features
 * both support (see DESIGN.md, storage rules).
 */
@Command(name = "mongo-wire-server", mixinStandardHelpOptions = true,
        description = "Serves the MongoDB wire protocol from a file-backed (or in-memory) store.")
public final class MongoWireServer implements Callable<Integer> {

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to bind (default ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", defaultValue = "27017", description = "port to bind (default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--file", description = "H2 MVStore file holding the data (directories are created)")
    Path file;

    @Option(names = "--memory", description = "keep the data in memory only")
    boolean memory;

    private volatile MongoServer server;
    private final CountDownLatch stopped = new CountDownLatch(1);

    public static void main(String[] args) {
        System.exit(new CommandLine(new MongoWireServer()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (memory == (file != null)) {
            throw new CommandLine.ParameterException(new CommandLine(this), "give exactly one of --file or --memory");
        }
        start();
        // the shutdown hook closes the store so the file is consistent after Ctrl-C or SIGTERM
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "mongo-wire-shutdown"));
        stopped.await();
        return 0;
    }

    /** Binds the server; returns the bound port. */
    public int start() throws Exception {
        MongoBackend backend;
        if (memory) {
            backend = new MemoryBackend();
        } else {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            backend = new H2Backend(file.toAbsolutePath().toString());
        }
        server = new MongoServer(backend);
        server.bind(host, port);
        int bound = server.getLocalAddress().getPort();
        System.out.printf("mongo-wire-server ready on %s:%d (%s)%n", host, bound,
                memory ? "in memory" : "file " + file.toAbsolutePath());
        return bound;
    }

    public void stop() {
        MongoServer s = server;
        server = null;
        if (s != null) {
            s.shutdownNow();
            System.out.println("mongo-wire-server stopped");
        }
        stopped.countDown();
    }
}
