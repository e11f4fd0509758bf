package io.minutebars.core.runtime;

import io.minutebars.core.engine.MinuteBarEngine;
import io.minutebars.core.stream.LiveFeed;
import io.minutebars.model.Instrument;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** What the live path is doing, for health checks and the status endpoint. */
@ApplicationScoped
public class RuntimeState {
    private volatile List<Instrument> watched = List.of();
    private volatile MinuteBarEngine engine;
    private volatile LiveFeed feed;
    private volatile String failure;

    void started(List<Instrument> watched, MinuteBarEngine engine, LiveFeed feed) {
        this.watched = List.copyOf(watched);
        this.engine = engine;
        this.feed = feed;
        this.failure = null;
    }

    void failed(String reason) {
        this.failure = reason;
    }

    public boolean started() {
        return engine != null;
    }

    public String failure() {
        return failure;
    }

    public List<Instrument> watched() {
        return watched;
    }

    public LiveFeed feed() {
        return feed;
    }

    public MinuteBarEngine engine() {
        return engine;
    }
}
