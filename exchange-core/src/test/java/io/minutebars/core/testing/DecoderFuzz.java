package io.minutebars.core.testing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import io.minutebars.core.engine.Trade;
import io.minutebars.core.stream.DecodeException;
import io.minutebars.model.Bar;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Exchanges;
import io.minutebars.model.Instrument;
import io.minutebars.model.Interval;
import io.minutebars.model.Json;
import io.minutebars.model.Minutes;
import io.minutebars.model.Symbols;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assertions;

/**
 * Runs one decoder over {@link FrameMutator#frames()} mutated frames and checks its contract on each:
 * the frame is either decoded into valid values (the target checks them with {@link #valid(Trade)},
 * {@link #valid(Bar)}, {@link #valid(Instrument)}) or refused with the decoder's declared failure (the
 * {@code refusal} predicate) whose message stays short (never an echo of the payload); nothing else escapes
 * (no NullPointerException, NumberFormatException, ArithmeticException, DateTimeException, StackOverflowError,
 * OutOfMemoryError...), and no frame takes more than {@link #FRAME_LIMIT_MS} ms once the first
 * {@link #WARM_UP} frames have warmed the JIT, none more than {@link #HANG_MS} ms at all. A frame over the limit
 * is timed again five times and judged by its fastest run (a GC pause or a busy machine is not a slow
 * decoder); and a big frame (a list grown to a page of a thousand rows) may take, on top of the limit,
 * {@link #FLOOR_FACTOR} times what Jackson needs just to read its tokens (binding DTOs, parsing every decimal and
 * timestamp exactly, building bars, and this harness checking each of them costs that much per byte on a busy
 * machine): work proportional to the size is fine, anything superlinear (a 100,000-digit number, {@code 1e999999999}
 * scaled, a hang) is far beyond it. A frame of a few kilobytes, as every stream frame is, has 5 ms. Every failure
 * names the seed, the frame's index and its mutations, which reproduce it: {@code -Dfuzz.seed=<seed>}.
 */
public final class DecoderFuzz {
    public static final long FRAME_LIMIT_MS = 5;
    public static final long HANG_MS = 2_000;
    public static final int WARM_UP = 300;
    public static final int FLOOR_FACTOR = 100;
    private static final JsonFactory TOKENS = new JsonFactory();
    /** Longest message a refusal may carry: it goes to logs and the ledger, so it must not echo the payload. */
    public static final int MAX_MESSAGE = 1_000;
    private static final int MAX_REPORTED = 15;

    private DecoderFuzz() {
    }

    /** What runs one frame: returns when the frame decoded (after checking what it gave), throws when refused. */
    @FunctionalInterface
    public interface Target {
        void accept(String frame) throws Exception;
    }

    /** A decoded value broke the contract (a trade with a defect, a bar the aggregator would refuse...). */
    public static final class ContractViolation extends AssertionError {
        public ContractViolation(String message) {
            super(message);
        }
    }

    public record Report(String name, long seed, int frames, int decoded, int refused, long maxMicros,
            int slowestFrame, int slowestChars, long slowFrames, long elapsedMs, List<String> failures) {
        @Override
        public String toString() {
            return String.format("fuzz %s: %,d frames (seed %d) in %,d ms: %,d decoded, %,d refused, "
                    + "slowest %,d us after warm-up (frame %d, %,d chars), %d failure(s)", name, frames, seed, elapsedMs,
                    decoded, refused, maxMicros, slowestFrame, slowestChars, failures.size());
        }
    }

    /**
     * Mutates {@code payloads} (the recorded fixtures) {@link FrameMutator#frames()} times and runs each frame
     * through {@code target}; fails with every broken frame (the first few in full) unless all kept the contract.
     */
    public static Report run(String name, List<String> payloads, Predicate<Throwable> refusal, Target target) {
        FrameMutator mutator = new FrameMutator(payloads);
        int frames = FrameMutator.frames();
        Runner runner = new Runner(name, mutator, frames, refusal, target);
        Thread t = new Thread(runner, "fuzz-" + name);
        t.setDaemon(true); // a frame that hangs must not keep the test JVM alive
        long start = System.nanoTime();
        t.start();
        try {
            while (t.isAlive()) {
                t.join(100);
                long began = runner.frameStarted;
                if (t.isAlive() && began != 0 && System.nanoTime() - began > TimeUnit.MILLISECONDS.toNanos(HANG_MS * 5)) {
                    FrameMutator.Mutation m = mutator.mutate(runner.current);
                    Assertions.fail("fuzz " + name + ": frame " + m.index() + " (seed " + mutator.seedValue()
                            + ") hangs the decoder for more than " + HANG_MS * 5 + " ms; mutations " + m.ops()
                            + "; frame " + FrameMutator.abbreviate(m.frame()) + "; rerun with -D"
                            + FrameMutator.SEED_PROPERTY + "=" + mutator.seedValue());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        Report report = new Report(name, mutator.seedValue(), frames, runner.decoded, runner.refused,
                TimeUnit.NANOSECONDS.toMicros(runner.maxNanos), runner.slowest, runner.slowestChars, runner.slow,
                elapsed, runner.failures);
        System.out.println(report);
        if (!report.failures().isEmpty()) {
            StringBuilder b = new StringBuilder(report.toString()).append("; rerun with -D")
                    .append(FrameMutator.SEED_PROPERTY).append('=').append(report.seed());
            report.failures().stream().limit(MAX_REPORTED).forEach(f -> b.append("\n  ").append(f));
            if (report.failures().size() > MAX_REPORTED) {
                b.append("\n  ... and ").append(report.failures().size() - MAX_REPORTED).append(" more");
            }
            Assertions.fail(b.toString());
        }
        return report;
    }

    private static final class Runner implements Runnable {
        final String name;
        final FrameMutator mutator;
        final int frames;
        final Predicate<Throwable> refusal;
        final Target target;
        final List<String> failures = new ArrayList<>();
        volatile int current;
        volatile long frameStarted;
        int decoded;
        int refused;
        long maxNanos;
        int slowest;
        int slowestChars;
        long slow;

        Runner(String name, FrameMutator mutator, int frames, Predicate<Throwable> refusal, Target target) {
            this.name = name;
            this.mutator = mutator;
            this.frames = frames;
            this.refusal = refusal;
            this.target = target;
        }

        @Override
        public void run() {
            for (int i = 0; i < frames; i++) {
                FrameMutator.Mutation m = mutator.mutate(i);
                current = i;
                long t0 = System.nanoTime();
                frameStarted = t0;
                Throwable thrown = null;
                try {
                    target.accept(m.frame());
                } catch (Throwable e) {
                    thrown = e;
                }
                long took = System.nanoTime() - t0;
                frameStarted = 0;
                if (thrown == null) {
                    decoded++;
                } else if (thrown instanceof ContractViolation) {
                    fail(m, thrown.getMessage());
                } else if (!refusal.test(thrown)) {
                    fail(m, "escaped the contract: " + describe(thrown));
                } else if (thrown.getMessage() != null && thrown.getMessage().length() > MAX_MESSAGE) {
                    fail(m, "refused with a message of " + thrown.getMessage().length() + " characters: "
                            + FrameMutator.abbreviate(thrown.getMessage()));
                } else {
                    refused++;
                }
                long base = TimeUnit.MILLISECONDS.toNanos(FRAME_LIMIT_MS);
                long limit = base;
                if (took > limit) {
                    limit = base + FLOOR_FACTOR * floor(m.frame()); // a big frame's allowance
                    if (took > limit) {
                        long[] again = retime(m.frame(), took);
                        took = again[0];
                        limit = base + FLOOR_FACTOR * again[1];
                    }
                }
                if (took > TimeUnit.MILLISECONDS.toNanos(HANG_MS)) {
                    fail(m, "took " + TimeUnit.NANOSECONDS.toMillis(took) + " ms");
                } else if (i >= WARM_UP) {
                    if (took > maxNanos) {
                        maxNanos = took;
                        slowest = i;
                        slowestChars = m.frame().length();
                    }
                    if (took > limit) {
                        slow++;
                        fail(m, "took " + TimeUnit.NANOSECONDS.toMicros(took) + " us (limit "
                                + TimeUnit.NANOSECONDS.toMicros(limit) + " us for its size; fastest of five reruns)");
                    }
                }
            }
        }

        /**
         * The fastest of five more runs of a slow frame (a pause of the JVM or the machine is not the decoder's),
         * and the fastest of five readings of its tokens alone, taken in turn with them (under the same load).
         */
        private long[] retime(String frame, long first) {
            long best = first;
            long floor = Long.MAX_VALUE;
            for (int k = 0; k < 5; k++) {
                long t0 = System.nanoTime();
                try {
                    target.accept(frame);
                } catch (Throwable ignored) {
                    // judged above
                }
                best = Math.min(best, System.nanoTime() - t0);
                floor = Math.min(floor, floor(frame));
            }
            return new long[] {best, floor};
        }

        /** What reading the frame's tokens alone takes (stops where the JSON breaks). */
        private static long floor(String frame) {
            long t0 = System.nanoTime();
            try (JsonParser p = TOKENS.createParser(frame)) {
                for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    if (t.isScalarValue()) {
                        p.getText();
                    }
                }
            } catch (java.io.IOException e) {
                // the floor of a broken frame is what was read up to the break
            }
            return System.nanoTime() - t0;
        }

        private void fail(FrameMutator.Mutation m, String what) {
            failures.add("frame " + m.index() + " (payload " + m.payload() + ", " + m.ops() + "): " + what
                    + "; frame " + FrameMutator.abbreviate(m.frame()));
        }
    }

    private static String describe(Throwable e) {
        StackTraceElement[] st = e.getStackTrace();
        String at = st.length > 0 ? " at " + st[0] : "";
        for (StackTraceElement s : st) {
            if (s.getClassName().startsWith("io.minutebars.") && !s.getClassName().startsWith("io.minutebars.core.testing")) {
                at = " at " + s;
                break;
            }
        }
        String msg = e.getMessage();
        return e.getClass().getName() + (msg != null ? ": " + FrameMutator.abbreviate(msg) : "") + at;
    }

    // ---- the usual targets and refusals ----

    /** A stream decoder's refusal: {@link DecodeException}, nothing else. */
    public static final Predicate<Throwable> STREAM_REFUSAL = e -> e instanceof DecodeException;

    /**
     * A REST answer's refusal: the REST client could not read it into the DTOs ({@link UnreadableAnswer}), the
     * mapping refused it ({@link DecodeException}), or a value lies beyond the model's bounds ({@link #BOUNDS_REFUSAL}).
     * {@code GuardedCalls} records each as one HTTP ingest error (message bounded) and retries.
     */
    public static final Predicate<Throwable> REST_REFUSAL = e -> e instanceof DecodeException
            || e instanceof UnreadableAnswer || DecoderFuzz.BOUNDS_REFUSAL.test(e);

    /** The REST client's mapper could not read an answer into its DTOs: the call fails before any decoder runs. */
    public static final class UnreadableAnswer extends RuntimeException {
        public UnreadableAnswer(Exception cause) {
            super("unreadable answer (" + cause.getClass().getSimpleName() + ")", cause);
        }
    }

    /** Reads an answer the way the REST client does (Quarkus' mapper has {@link Json}'s bounded decimals too). */
    public static <T> T read(String body, TypeReference<T> type) {
        try {
            return Json.mapper().readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new UnreadableAnswer(e);
        }
    }

    /**
     * A stream decoder as a target: the frame is refused before anything is emitted, or every trade it emits is
     * valid (a frame is one unit: the listener must not have fed half of it when it records the error).
     */
    public static Target stream(BiConsumer<String, Consumer<Trade>> decoder) {
        return frame -> {
            List<Trade> out = new ArrayList<>(2);
            try {
                decoder.accept(frame, out::add);
            } catch (DecodeException e) {
                if (!out.isEmpty()) {
                    throw new ContractViolation("emitted " + out.size() + " trade(s), then refused the frame");
                }
                throw e;
            }
            out.forEach(DecoderFuzz::valid);
        };
    }

    // ---- refusals ----

    /** True when {@code e} is one of {@code types} (or a subclass); never an Error. */
    @SafeVarargs
    public static Predicate<Throwable> refusedWith(Class<? extends Throwable>... types) {
        return e -> {
            for (Class<? extends Throwable> t : types) {
                if (t.isInstance(e)) {
                    return true;
                }
            }
            return false;
        };
    }

    /**
     * A plain IllegalArgumentException (what {@code Decimals}, {@code Minutes}, {@code Bar} and {@code Instrument}
     * throw for a value outside their bounds), not one of its accidental subclasses such as
     * NumberFormatException, which means a parse nobody guarded.
     */
    public static final Predicate<Throwable> BOUNDS_REFUSAL = e -> e.getClass() == IllegalArgumentException.class;

    // ---- what a decoded value must be ----

    /** A trade the decoder contract allows: {@link Trade#defect()} is null. */
    public static Trade valid(Trade t) {
        if (t == null) {
            throw new ContractViolation("emitted a null trade");
        }
        String defect = t.defect();
        if (defect != null) {
            throw new ContractViolation("emitted a trade with a defect (" + defect + "): " + abbreviated(t));
        }
        return t;
    }

    /**
     * A bar the aggregator stores (its BarValidator's rules): a valid exchange id and canonical symbol, a known
     * interval, an aligned open time within 1970..9999, close = open + interval, short ids, non-negative counts and
     * volumes, and for COMPLETE/FILLED bars prices with low <= open, close <= high and low > 0; EMPTY bars
     * without prices or trades.
     */
    public static Bar valid(Bar b) {
        validKline(b);
        require(Interval.fromCode(b.interval()).orElseThrow().isAligned(b.openTime().toEpochMilli()), b,
                "open time not aligned");
        return b;
    }

    /**
     * A bar an exchange's klines or candles gave: {@link #valid(Bar)} except that its open time may lie off the
     * minute as the exchange stated it (the engine repairs a minute only with the kline that opens it exactly, so
     * such a kline is never published; the decoders do not invent another time for it).
     */
    public static Bar validKline(Bar b) {
        if (b == null) {
            throw new ContractViolation("returned a null bar");
        }
        require(Exchanges.isValid(b.exchange()) && Symbols.isCanonical(b.symbol()), b, "exchange or symbol");
        Interval interval = Interval.fromCode(b.interval()).orElse(null);
        require(interval != null, b, "unknown interval");
        require(!b.openTime().isBefore(java.time.Instant.EPOCH)
                && !b.openTime().isAfter(java.time.Instant.ofEpochMilli(Minutes.MAX_TIME)), b, "open time outside 1970..9999");
        long open = b.openTime().toEpochMilli();
        require(b.closeTime() != null && b.closeTime().toEpochMilli() == open + interval.millis(), b, "close time");
        require(b.revision() >= 0, b, "negative revision");
        require(b.nativeSymbol() == null || b.nativeSymbol().length() <= 64, b, "native symbol over 64 characters");
        require(b.firstTradeId() == null || b.firstTradeId().length() <= 64, b, "first trade id over 64 characters");
        require(b.lastTradeId() == null || b.lastTradeId().length() <= 64, b, "last trade id over 64 characters");
        require(b.trades() == null || b.trades() >= 0, b, "negative trade count");
        for (BigDecimal v : new BigDecimal[] {b.volume(), b.quoteVolume(), b.takerBuyVolume(), b.takerBuyQuoteVolume(),
                b.takerSellVolume(), b.takerSellQuoteVolume()}) {
            require(v == null || v.signum() >= 0, b, "negative volume");
        }
        if (b.status() == BarStatus.COMPLETE || b.status() == BarStatus.FILLED) {
            require(b.open() != null && b.high() != null && b.low() != null && b.close() != null, b, "missing price");
            require(b.high().compareTo(b.low()) >= 0, b, "high below low");
            require(b.open().compareTo(b.low()) >= 0 && b.open().compareTo(b.high()) <= 0, b, "open outside [low, high]");
            require(b.close().compareTo(b.low()) >= 0 && b.close().compareTo(b.high()) <= 0, b,
                    "close outside [low, high]");
            require(b.low().signum() > 0, b, "non-positive price");
            require(b.volume() != null, b, "missing volume");
        }
        if (b.status() == BarStatus.EMPTY) {
            require(b.open() == null && (b.trades() == null || b.trades() == 0), b, "EMPTY bar with trades");
        }
        return b;
    }

    /** An instrument with its ids: exchange, a canonical symbol and a non-blank native symbol. */
    public static Instrument valid(Instrument i) {
        if (i == null) {
            throw new ContractViolation("returned a null instrument");
        }
        if (i.exchange() == null || !Symbols.isCanonical(i.symbol()) || i.nativeSymbol() == null
                || i.nativeSymbol().isBlank() || i.nativeSymbol().length() > 64) {
            throw new ContractViolation("returned an instrument without valid ids: " + FrameMutator.abbreviate(
                    String.valueOf(i)));
        }
        return i;
    }

    private static void require(boolean ok, Bar b, String what) {
        if (!ok) {
            throw new ContractViolation("returned a bar the aggregator refuses (" + what + "): "
                    + FrameMutator.abbreviate(String.valueOf(b)));
        }
    }

    private static String abbreviated(Trade t) {
        return FrameMutator.abbreviate(String.valueOf(t));
    }
}
