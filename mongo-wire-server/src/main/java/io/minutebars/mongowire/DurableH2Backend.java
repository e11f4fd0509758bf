package io.minutebars.mongowire;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend with the MVStore's background auto-commit (once a second) switched
 * off: a write command is answered only once a commit holding it is written to the file ({@link GroupCommit}),
 * and with {@link Durability#FSYNC} forced to the disk. A client that was told "written" (the aggregator, which
 * then acknowledges the broker) never loses that write to a {@code kill -9}, nor with FSYNC to a power loss.
 */
final class DurableH2Backend extends H2Backend {

    /** When a write is acknowledged to the client. */
    enum Durability {
        /** after a commit and an fsync of the file: survives a process kill and a power loss */
        FSYNC,
        /** after a commit to the file (the OS may still hold it): survives a process kill */
        COMMIT,
        /** at once; the MVStore commits in the background about once a second (mongo-java-server's default) */
        BACKGROUND
    }

    /** Commands that change data (lower case); anything else changing the store is committed too. */
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create", "drop",
            "dropdatabase", "createindexes", "dropindexes", "deleteindexes", "renamecollection", "collmod");

    static final int HOUSEKEEPING_SECONDS = 10;

    private final MVStore store;
    private final Durability durability;
    private final GroupCommit group;
    /** Compacts the file now and then: with auto-commit off the MVStore's own housekeeping thread is gone. */
    private final ScheduledExecutorService housekeeper;

    private DurableH2Backend(MVStore store, Durability durability) {
        super(store);
        this.store = store;
        this.durability = durability;
        this.group = new GroupCommit(store, durability == Durability.FSYNC);
        if (durability == Durability.BACKGROUND) {
            housekeeper = null;
        } else {
            housekeeper = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "mongo-wire-housekeeping");
                t.setDaemon(true);
                return t;
            });
            housekeeper.scheduleWithFixedDelay(this::housekeeping, HOUSEKEEPING_SECONDS, HOUSEKEEPING_SECONDS,
                    TimeUnit.SECONDS);
        }
    }

    /** The periodic compaction; a failure is reported and the next round tries again. */
    void housekeeping() {
        try {
            group.compact();
        } catch (RuntimeException e) {
            if (!store.isClosed()) {
                System.err.println("mongo-wire-server: housekeeping failed: " + e);
            }
        }
    }

    @Override
    public void close() {
        if (housekeeper != null) {
            housekeeper.shutdownNow();
        }
        super.close();
    }

    /**
     * Opens (or creates) the store file; BACKGROUND keeps the MVStore's own once-a-second auto-commit.
     * {@code retentionMs} (0 or more; negative keeps the MVStore's 45 s) is how long chunks no longer
     * referenced stay before their space is reused.
     */
    static DurableH2Backend open(String file, Durability durability, int retentionMs) {
        MVStore.Builder builder = new MVStore.Builder().fileName(file);
        if (durability != Durability.BACKGROUND) {
            builder.autoCommitDisabled();
        }
        MVStore store = builder.open();
        if (retentionMs >= 0) {
            // the MVStore keeps old chunks 45 s in case the OS has not written the new ones yet; with FSYNC every
            // commit is on the disk, so they only serve readers still walking an older version. As every
            // acknowledged write is its own commit, the file holds about this long of every version written
            store.setRetentionTime(retentionMs);
        }
        return new DurableH2Backend(store, durability);
    }

    Durability durability() {
        return durability;
    }

    /** Commits made for clients so far (grouped commits count once). */
    long commits() {
        return group.commits();
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (durability == Durability.BACKGROUND) {
            return super.handleCommand(channel, database, command, query);
        }
        if (!isWrite(command, query)) {
            Document reply = super.handleCommand(channel, database, command, query);
            if (store.hasUnsavedChanges()) {
                group.commitPending(); // a command not known as a write changed the store: answered durably too
            }
            return reply;
        }
        return group.write(() -> super.handleCommand(channel, database, command, query));
    }

    @Override
    public void dropDatabase(String database) {
        if (durability == Durability.BACKGROUND) {
            super.dropDatabase(database);
            return;
        }
        group.write(() -> {
            super.dropDatabase(database);
            return null;
        });
    }

    static boolean isWrite(String command, Document query) {
        String c = command.toLowerCase(Locale.ROOT);
        if (WRITES.contains(c)) {
            return true;
        }
        if ("aggregate".equals(c) && query.get("pipeline") instanceof List<?> pipeline) {
            for (Object stage : pipeline) {
                if (stage instanceof Document d && (d.containsKey("$out") || d.containsKey("$merge"))) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "DurableH2Backend[" + durability + ", " + store.getFileStore().getFileName() + "]";
    }
}
