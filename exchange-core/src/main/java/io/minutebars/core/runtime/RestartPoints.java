package io.minutebars.core.runtime;

import io.minutebars.core.capability.CapabilityRegistry;
import io.minutebars.core.config.ExchangeConfig;
import io.minutebars.core.engine.Checkpoint;
import io.minutebars.core.publish.EventPublisher;
import io.minutebars.model.Bar;
import io.minutebars.model.BarStatus;
import io.minutebars.model.IngestError;
import io.minutebars.model.Instrument;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Where each market resumes after a restart: its checkpoint, else the end of its stored bars, else (a first
 * start) now. An unreadable checkpoint is reported loudly (log and ingest ledger), never taken for a first start.
 * A point older than {@code maxAgeMs} is not resumed from (the REST history would not reach it anyway).
 */
public final class RestartPoints {
    private static final Logger LOG = Logger.getLogger(RestartPoints.class);

    private final String exchange;
    private final Optional<CheckpointStore> checkpoints;
    private final Optional<StoredBars> stored;
    private final boolean sequenced;
    private final Consumer<IngestError> errors;

    /** @param sequenced the exchange's trade ids are its history's sequence: a stored bar's last id resumes it */
    RestartPoints(String exchange, Optional<CheckpointStore> checkpoints, Optional<StoredBars> stored,
            boolean sequenced, Consumer<IngestError> errors) {
        this.exchange = exchange;
        this.checkpoints = checkpoints;
        this.stored = stored;
        this.sequenced = sequenced;
        this.errors = errors;
    }

    /** Restart points from the checkpoint, else from the store's last bars (minutebars.resume.store-url). */
    static RestartPoints configured(ExchangeConfig config, CapabilityRegistry caps, EventPublisher events,
            CheckpointStore checkpoints) {
        return new RestartPoints(caps.exchangeId(), Optional.ofNullable(checkpoints),
                config.resume().storeUrl().map(u -> new StoredBars(u, config.resume().storeKey())),
                caps.contiguousSequences(), events::error);
    }

    /** The restart point of each market that has one within {@code [oldest, latest]}. */
    public Map<String, Checkpoint> find(List<Instrument> markets, long oldest, long latest) {
        Map<String, Checkpoint> saved = loadCheckpoints();
        Map<String, Checkpoint> out = new HashMap<>();
        for (Instrument i : markets) {
            Checkpoint cp = saved.get(i.nativeSymbol());
            String from = "checkpoint";
            if (cp == null || !within(cp, oldest, latest)) {
                cp = stored.flatMap(s -> s.latest(exchange, i.symbol())).map(this::after).orElse(null);
                from = "store's last bar";
            }
            if (cp != null && within(cp, oldest, latest)) {
                out.put(i.nativeSymbol(), cp);
                LOG.infof("%s resumes from its %s at %s (trade %d)", i.nativeSymbol(), from,
                        Instant.ofEpochMilli(cp.nextToClose()), cp.closedSeq());
            }
        }
        return out;
    }

    private Map<String, Checkpoint> loadCheckpoints() {
        try {
            return checkpoints.map(CheckpointStore::load).orElse(Map.of());
        } catch (CheckpointStore.UnreadableCheckpointException e) {
            LOG.errorf("%s: resuming every market from the store's last bar instead", e.getMessage());
            errors.accept(new IngestError(exchange, null, IngestError.Kind.GAP, e.getMessage()
                    + "; markets resume from the store's last bars" + (stored.isEmpty()
                    ? " (none configured: minutebars.resume.store-url), so from now" : ""), null, null));
            return Map.of();
        }
    }

    /** Right after a stored bar: its last trade id is the sequence to go on from where ids are the sequence. */
    private Checkpoint after(Bar b) {
        long seq = -1;
        if (sequenced && b.status() == BarStatus.COMPLETE && b.lastTradeId() != null
                && b.lastTradeId().chars().allMatch(Character::isDigit) && b.lastTradeId().length() < 19) {
            seq = Long.parseLong(b.lastTradeId());
        }
        return new Checkpoint(b.closeTime().toEpochMilli(), seq);
    }

    private static boolean within(Checkpoint cp, long oldest, long latest) {
        return cp.nextToClose() >= oldest && cp.nextToClose() <= latest;
    }
}
