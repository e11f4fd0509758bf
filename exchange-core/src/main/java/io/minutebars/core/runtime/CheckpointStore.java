package io.minutebars.core.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import io.minutebars.core.config.ExchangeConfig;
import io.minutebars.core.engine.Checkpoint;
import io.minutebars.model.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Per-market restart points in a small JSON file, replaced atomically and durably: the new content is
 * forced to disk before it is renamed into place, and the directory after, so a power loss leaves the old
 * file or the new one, never an empty or half-written one. A market's point moves only while none of its bars
 * awaits the broker's confirm, so a restart resumes (by REST) exactly where its confirmed bars end.
 */
public final class CheckpointStore {
    private static final Logger LOG = Logger.getLogger(CheckpointStore.class);
    private final Path file;

    /** The file exists but cannot be read: the caller must not mistake it for a first start. */
    public static final class UnreadableCheckpointException extends RuntimeException {
        UnreadableCheckpointException(Path file, Exception cause) {
            super("checkpoint " + file + " is unreadable (" + cause.getMessage() + ")", cause);
        }
    }

    public CheckpointStore(Path file) {
        this.file = file;
    }

    /** The configured checkpoint file ({@code minutebars.checkpoint.file}), if any. */
    static Optional<CheckpointStore> configured(ExchangeConfig config) {
        return config.checkpoint().file().map(Path::of).map(CheckpointStore::new);
    }

    public Path file() {
        return file;
    }

    /** The restart points; empty when there is no file yet. Throws when the file is there but unreadable. */
    public Map<String, Checkpoint> load() {
        if (!Files.exists(file)) {
            return Map.of();
        }
        try {
            Map<String, Checkpoint> points = Json.mapper().readValue(file.toFile(),
                    new TypeReference<Map<String, Checkpoint>>() { });
            if (points == null) {
                throw new IOException("empty document");
            }
            return points;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableCheckpointException(file, e);
        }
    }

    public void save(Map<String, Checkpoint> points) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(ByteBuffer.wrap(Json.mapper().writeValueAsBytes(points)));
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
                d.force(true); // the rename itself must survive a power loss
            } catch (IOException e) {
                LOG.debugf("directory %s cannot be synced here: %s", dir, e.getMessage());
            }
        } catch (IOException e) {
            LOG.warnf("checkpoint %s not written: %s", file, e.getMessage());
        }
    }
}
