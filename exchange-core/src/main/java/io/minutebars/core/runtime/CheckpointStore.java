package io.minutebars.core.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import io.minutebars.core.engine.MinuteBarEngine.Checkpoint;
import io.minutebars.model.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Per-market restart points in a small JSON file, replaced atomically. Written only when every bar
 * before the snapshot is confirmed by the broker, so a restart resumes (by REST) exactly where the
 * published bars end: no bar lost, none duplicated (storage is idempotent anyway).
 */
public final class CheckpointStore {
    private static final Logger LOG = Logger.getLogger(CheckpointStore.class);
    private final Path file;

    public CheckpointStore(Path file) {
        this.file = file;
    }

    public Map<String, Checkpoint> load() {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            return Json.mapper().readValue(file.toFile(), new TypeReference<Map<String, Checkpoint>>() { });
        } catch (IOException e) {
            LOG.warnf("checkpoint %s unreadable (%s); starting fresh", file, e.getMessage());
            return Map.of();
        }
    }

    public void save(Map<String, Checkpoint> points) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            Json.mapper().writeValue(tmp.toFile(), points);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warnf("checkpoint %s not written: %s", file, e.getMessage());
        }
    }
}
