package io.minutebars.core.runtime;

import io.minutebars.core.capability.StreamProtocol;
import io.minutebars.core.engine.MinuteBarEngine;
import io.minutebars.core.engine.Trade;
import io.minutebars.core.publish.EventPublisher;
import io.minutebars.core.stream.ClockGuard;
import io.minutebars.core.stream.LiveFeed;
import io.minutebars.core.testing.DecoderFuzz;
import io.minutebars.core.testing.FrameMutator;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.IngestError;
import io.minutebars.model.Instrument;
import io.minutebars.model.Minutes;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assertions;

/**
 * The production path of a WebSocket frame without Quarkus: {@link StreamListener#onText} with a decoder, a real
 * {@link LiveFeed} and {@link MinuteBarEngine} behind it (clock guard included), and an {@link EventPublisher}
 * that records the ingest errors instead of sending them. {@link #storm} checks that every refused frame becomes
 * exactly one DECODE error, that no accepted frame leaves one, that nothing escapes {@code onText}, that the
 * engine neither throws nor publishes a bar the aggregator would refuse, and that valid frames sent after the
 * storm still reach the engine.
 */
public final class ListenerHarness {
    /** How long after the newest trade's time the fake exchange clock stands (trades ahead of it are CLOCK errors). */
    private static final long SKEW_MS = 5_000;

    /** Ingest errors kept instead of published. */
    public static final class RecordingEvents extends EventPublisher {
        public final List<IngestError> errors = new ArrayList<>();

        @Override
        public void error(IngestError error) {
            errors.add(error);
        }

        @Override
        public void instruments(String exchange, List<Instrument> instruments) {
            // not needed here
        }
    }

    /** What one frame did. */
    public record Outcome(boolean decoderThrew, String defect, RuntimeException feedFailure, int emitted, int fed,
            int decodeErrors, int otherErrors, Throwable escaped) {
    }

    private final String exchange;
    private final BiConsumer<String, Consumer<Trade>> decoder;
    private final MinuteBarEngine engine;
    private final RecordingEvents events = new RecordingEvents();
    private final StreamListener listener;
    private final List<String> badBars = new ArrayList<>();
    private int bars;

    // per frame, written by the adapter wrapper
    private boolean decoderThrew;
    private String defect;
    private RuntimeException feedFailure;
    private int emitted;
    private int fed;

    /**
     * @param markets     native symbol to canonical symbol of the markets the engine watches
     * @param exchangeNow the exchange's clock; the engine listens from an hour before it
     */
    public ListenerHarness(String exchange, BiConsumer<String, Consumer<Trade>> decoder, Map<String, String> markets,
            long exchangeNow) {
        this.exchange = exchange;
        this.decoder = decoder;
        this.engine = new MinuteBarEngine(exchange, 2_000, 60, BarSource.LIVE, this::bar);
        long listenFrom = Minutes.floor(exchangeNow) - 60 * Minutes.MINUTE_MS;
        markets.forEach((nativeSymbol, symbol) -> engine.watch(nativeSymbol, symbol, listenFrom));
        LiveFeed feed = new LiveFeed(engine, 10_000, new ClockGuard(() -> exchangeNow, SKEW_MS,
                t -> events.error(new IngestError(exchange, t.market(), IngestError.Kind.CLOCK, "trade ahead of the clock",
                        null, null))));
        markets.keySet().forEach(m -> engine.setSynced(m, true));
        this.listener = new StreamListener(exchange, new Protocol(), feed, events, null, m -> { });
    }

    private void bar(Bar b) {
        bars++;
        try {
            DecoderFuzz.valid(b);
        } catch (DecoderFuzz.ContractViolation e) {
            badBars.add(e.getMessage());
        }
    }

    public List<IngestError> errors() {
        return events.errors;
    }

    public MinuteBarEngine engine() {
        return engine;
    }

    /** Runs one frame through {@code StreamListener.onText}. */
    public Outcome onText(String frame) {
        decoderThrew = false;
        defect = null;
        feedFailure = null;
        emitted = 0;
        fed = 0;
        int before = events.errors.size();
        Throwable escaped = null;
        try {
            listener.onText(frame);
        } catch (Throwable e) {
            escaped = e;
        }
        List<IngestError> added = events.errors.subList(before, events.errors.size());
        int decodeErrors = (int) added.stream().filter(e -> e.kind() == IngestError.Kind.DECODE).count();
        return new Outcome(decoderThrew, defect, feedFailure, emitted, fed, decodeErrors,
                added.size() - decodeErrors, escaped);
    }

    /** What a storm did. */
    public record Storm(long seed, int frames, int refused, int decoded, long tradesFed, int errors, int bars) {
        @Override
        public String toString() {
            return String.format("listener storm: %,d frames (seed %d): %,d refused = %,d DECODE errors, %,d decoded "
                    + "(%,d trades to the feed), %,d bars published", frames, seed, refused, errors, decoded, tradesFed,
                    bars);
        }
    }

    /**
     * Sends {@link FrameMutator#frames()} frames mutated from {@code payloads} through the listener, then
     * {@code validAfter} (frames of fresh trades of a watched market, each of which must reach the engine), and
     * fails with every frame that broke a rule. A decoder that keeps the contract ({@code checkedDecoder}) must
     * also never emit a trade with a defect; any other decoder may (the listener refuses the frame).
     */
    public Storm storm(List<String> payloads, List<String> validAfter, boolean checkedDecoder) {
        // the listener logs every refused frame (with a stack trace for surprises): not ten thousand times here
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(StreamListener.class.getName());
        java.util.logging.Level level = log.getLevel();
        log.setLevel(java.util.logging.Level.OFF);
        try {
            return stormQuietly(payloads, validAfter, checkedDecoder);
        } finally {
            log.setLevel(level);
        }
    }

    private Storm stormQuietly(List<String> payloads, List<String> validAfter, boolean checkedDecoder) {
        FrameMutator mutator = new FrameMutator(payloads);
        int frames = FrameMutator.frames();
        List<String> failures = new ArrayList<>();
        int refused = 0;
        int decoded = 0;
        long tradesFed = 0;
        int decodeErrors = 0;
        for (int i = 0; i < frames; i++) {
            FrameMutator.Mutation m = mutator.mutate(i);
            Outcome o = onText(m.frame());
            String problem = problem(o, checkedDecoder);
            boolean refusedFrame = o.decoderThrew() || o.defect() != null || o.feedFailure() != null;
            if (problem == null && refusedFrame && o.decodeErrors() != 1) {
                problem = "refused frame left " + o.decodeErrors() + " DECODE errors, not exactly one";
            }
            if (problem == null && !refusedFrame && o.decodeErrors() != 0) {
                problem = "decoded frame left " + o.decodeErrors() + " DECODE error(s)";
            }
            if (problem != null) {
                failures.add("frame " + i + " (" + m.ops() + "): " + problem + "; frame "
                        + FrameMutator.abbreviate(m.frame()));
            }
            if (refusedFrame) {
                refused++;
            } else {
                decoded++;
            }
            decodeErrors += o.decodeErrors();
            tradesFed += o.fed();
        }
        long tradesBefore = engine.stats().trades();
        int fresh = 0;
        for (String frame : validAfter) {
            Outcome o = onText(frame);
            String problem = problem(o, true);
            if (problem == null && (o.decoderThrew() || o.decodeErrors() + o.otherErrors() != 0 || o.fed() < 1
                    || o.fed() != o.emitted())) {
                problem = "a valid frame after the storm did not reach the feed: " + o;
            }
            if (problem != null) {
                failures.add("valid frame after the storm: " + problem + "; frame " + FrameMutator.abbreviate(frame));
            }
            fresh += o.fed();
        }
        if (failures.isEmpty() && engine.stats().trades() - tradesBefore != fresh) {
            failures.add("the engine took " + (engine.stats().trades() - tradesBefore) + " of the " + fresh
                    + " trades sent after the storm");
        }
        badBars.forEach(b -> failures.add("engine: " + b));
        Storm s = new Storm(mutator.seedValue(), frames, refused, decoded, tradesFed, decodeErrors, bars);
        System.out.println(exchange + " " + s);
        if (!failures.isEmpty()) {
            StringBuilder b = new StringBuilder(exchange + " " + s + "; rerun with -D" + FrameMutator.SEED_PROPERTY
                    + "=" + mutator.seedValue());
            failures.stream().limit(15).forEach(f -> b.append("\n  ").append(f));
            if (failures.size() > 15) {
                b.append("\n  ... and ").append(failures.size() - 15).append(" more");
            }
            Assertions.fail(b.toString());
        }
        return s;
    }

    private static String problem(Outcome o, boolean checkedDecoder) {
        if (o.escaped() != null) {
            return "escaped onText (the connection would die): " + o.escaped();
        }
        if (checkedDecoder && o.defect() != null) {
            return "the decoder emitted a trade with a defect: " + o.defect();
        }
        if (o.feedFailure() != null) {
            return "a trade the decoder accepted broke the feed: " + o.feedFailure();
        }
        return null;
    }

    /** The decoder as a stream protocol, watching what passes between it and the listener. */
    private final class Protocol implements StreamProtocol {
        @Override
        public void decode(String frame, Consumer<Trade> out) {
            RuntimeException[] fromListener = {null};
            try {
                decoder.accept(frame, t -> {
                    emitted++;
                    String d = t == null ? "null trade" : t.defect();
                    try {
                        out.accept(t);
                    } catch (RuntimeException e) {
                        fromListener[0] = e;
                        if (d != null) {
                            defect = d;
                        } else {
                            feedFailure = e;
                        }
                        throw e;
                    }
                    fed++;
                });
            } catch (RuntimeException e) {
                decoderThrew = e != fromListener[0];
                throw e;
            }
        }

        @Override
        public URI streamUri(String wsBase, List<String> nativeSymbols) {
            return URI.create(wsBase);
        }

        @Override
        public List<String> subscribeMessages(List<String> nativeSymbols) {
            return List.of();
        }
    }
}
