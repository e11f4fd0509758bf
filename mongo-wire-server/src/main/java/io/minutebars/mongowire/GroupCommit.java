package io.minutebars.mongowire;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.h2.mvstore.MVStore;

/**
 * Group commit over an MVStore whose auto-commit is off. Write commands run under a shared gate; a commit takes
 * the gate exclusively, so a commit never holds half of a command (a document without its index entry). A writer
 * that finds its command already covered by another writer's commit returns without committing again, so
 * concurrent connections share one commit and one fsync.
 */
final class GroupCommit {
    static final int TARGET_FILL_RATE = 80;
    static final int COMPACT_WRITE_BYTES = 8 << 20;

    private final MVStore store;
    private final boolean fsync;
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
    /** Write commands finished so far; a command's ticket is this count right after it finished. */
    private final AtomicLong applied = new AtomicLong();
    private final Object committing = new Object();
    /** Every command with a ticket up to this is on disk (guarded by {@link #committing}). */
    private long durable;
    private final AtomicLong commits = new AtomicLong();

    GroupCommit(MVStore store, boolean fsync) {
        this.store = store;
        this.fsync = fsync;
    }

    /** Runs a write command, and returns (or throws) only once what it changed is committed. */
    <T> T write(Supplier<T> command) {
        T reply;
        long ticket;
        gate.readLock().lock();
        try {
            reply = command.get();
        } catch (RuntimeException | Error e) {
            // a failed command may have applied part of its work (an ordered batch up to the failing
            // document): what the store holds is made durable before the client hears of the failure
            ticket = applied.incrementAndGet();
            gate.readLock().unlock();
            makeDurable(ticket);
            throw e;
        }
        ticket = applied.incrementAndGet();
        gate.readLock().unlock();
        makeDurable(ticket);
        return reply;
    }

    /** Commits whatever the store holds (a command not known as a write changed it). */
    void commitPending() {
        makeDurable(applied.get());
    }

    /** Commits made for clients so far (grouped commits count once). */
    long commits() {
        return commits.get();
    }

    /**
     * Rewrites the live pages of chunks less than {@link #TARGET_FILL_RATE}% live (up to
     * {@link #COMPACT_WRITE_BYTES} a time) and commits them like a write, so the file's dead space is
     * reused instead of growing; what the background thread of an auto-committing MVStore would do.
     */
    void compact() {
        synchronized (committing) {
            long upTo = commitUnderGate(() -> store.compact(TARGET_FILL_RATE, COMPACT_WRITE_BYTES));
            if (fsync) {
                store.sync();
            }
            durable = Math.max(durable, upTo);
        }
    }

    /** Returns once every command up to {@code ticket} is committed (and synced with FSYNC). */
    private void makeDurable(long ticket) {
        synchronized (committing) {
            if (durable >= ticket) {
                return; // another writer's commit covered it
            }
            long upTo = commitUnderGate(() -> true);
            if (fsync) {
                // outside the gate: writers go on in memory while the file is forced to the disk
                store.sync();
            }
            durable = upTo;
            commits.incrementAndGet();
        }
    }

    /** Runs {@code before} and commits, with no write command half done; returns the last ticket committed. */
    private long commitUnderGate(Supplier<Boolean> before) {
        gate.writeLock().lock();
        try {
            long upTo = applied.get();
            before.get();
            store.commit();
            return upTo;
        } finally {
            gate.writeLock().unlock();
        }
    }
}
