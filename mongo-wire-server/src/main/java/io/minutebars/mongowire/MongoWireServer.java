package io.minutebars.mongowire;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
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
 * MVStore file backend, or in memory. With a file, a write is acknowledged only once it is on disk
 * ({@link DurableH2Backend}). Production uses a real MongoDB; the services only use features
 * both support (see docs/architecture.md, Storage).
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

    @Option(names = "--durability", defaultValue = "FSYNC", description = "with --file, when a write is acknowledged: "
            + "FSYNC (default) once committed and forced to the disk, survives a kill and a power loss; COMMIT once "
            + "committed to the file, survives a kill of this process; BACKGROUND at once, committed within about a "
            + "second (a kill can lose acknowledged writes). One of ${COMPLETION-CANDIDATES}")
    DurableH2Backend.Durability durability;

    @Option(names = "--retention-seconds", defaultValue = "45", description = "with --file, how long the space of "
            + "replaced data is kept before it is reused (default ${DEFAULT-VALUE}, the MVStore's). Each acknowledged "
            + "write is a commit of its own, so under heavy rewriting the file holds about this long of every version "
            + "written; lower keeps it smaller (5 s measured 5x smaller) at a throughput cost (about 40% measured); "
            + "only FSYNC makes a short retention safe against a power loss.")
    int retentionSeconds;

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
            backend = DurableH2Backend.open(file.toAbsolutePath().toString(), durability,
                    retentionSeconds * 1000);
        }
        server = new MongoServer(backend);
        server.bind(host, port);
        int bound = server.getLocalAddress().getPort();
        System.out.printf("mongo-wire-server ready on %s:%d (%s)%n", host, bound,
                memory ? "in memory" : "file " + file.toAbsolutePath() + ", writes acknowledged " + switch (durability) {
                    case FSYNC -> "once on disk (fsync)";
                    case COMMIT -> "once committed to the file";
                    case BACKGROUND -> "at once, committed in the background";
                });
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
