package io.minutebars.bench;

import io.minutebars.bitmex.decoder.BitmexStreamDecoder;
import io.minutebars.bybit.decoder.BybitStreamDecoder;
import io.minutebars.core.engine.MinuteBarEngine;
import io.minutebars.core.engine.Trade;
import io.minutebars.model.BarSource;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Bybit and BitMEX frames to closed 1-minute bars on one thread (decode + engine), one trade per frame:
 * the same measure as {@link FrameToBarBenchmark} for the other streaming exchanges. Scores are frames/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class VenueFrameToBarBenchmark {
    static final int FRAMES = 100_000;

    String[] bybit;
    String[] bitmex;
    final BybitStreamDecoder bybitDecoder = new BybitStreamDecoder();
    final BitmexStreamDecoder bitmexDecoder = new BitmexStreamDecoder();

    @Setup
    public void setUp() {
        bybit = VenueFrames.bybit(FRAMES, 42);
        bitmex = VenueFrames.bitmex(FRAMES, 42);
    }

    @Benchmark
    @OperationsPerInvocation(FRAMES)
    public long bybitFrameToClosedBar(Blackhole bh) {
        return run(bybit, new String[] {"BTCUSDT", "ETHUSDT"}, bybitDecoder::decode, bh);
    }

    @Benchmark
    @OperationsPerInvocation(FRAMES)
    public long bitmexFrameToClosedBar(Blackhole bh) {
        return run(bitmex, new String[] {"XBTUSD", "ETHUSDT"}, bitmexDecoder::decode, bh);
    }

    private static long run(String[] frames, String[] markets, BiConsumer<String, Consumer<Trade>> decoder,
            Blackhole bh) {
        long[] closed = {0};
        MinuteBarEngine engine = new MinuteBarEngine("bench", 2_000, 60, BarSource.LIVE, b -> {
            closed[0]++;
            bh.consume(b);
        });
        for (String m : markets) {
            engine.watch(m, m.startsWith("XBT") ? "BTC-USD" : m.replace("USDT", "-USDT"), Frames.T0);
        }
        for (String f : frames) {
            decoder.accept(f, engine::onTrade);
        }
        for (String m : markets) {
            engine.closeBefore(m, Frames.T0 + FRAMES * 20L + 120_000); // past the last frame (at most 20 ms apart)
        }
        return closed[0];
    }
}
