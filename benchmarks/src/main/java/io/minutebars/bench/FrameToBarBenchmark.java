package io.minutebars.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.minutebars.binance.decoder.BinanceStreamDecoder;
import io.minutebars.core.engine.MinuteBarEngine;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
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
 * Raw Binance WebSocket frames to closed 1-minute bars on one thread (decode + engine), against the
 * floor of merely streaming every field of the same frames through Jackson. Scores are frames/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class FrameToBarBenchmark {
    static final int FRAMES = 100_000;
    private static final JsonFactory FACTORY = new JsonFactory();

    String[] frames;
    long end;
    final BinanceStreamDecoder decoder = new BinanceStreamDecoder();

    @Setup
    public void setUp() {
        frames = Frames.generate(FRAMES, 42);
        String last = frames[FRAMES - 1];
        int t = last.indexOf("\"T\":") + 4;
        end = Long.parseLong(last.substring(t, last.indexOf(',', t))) + 120_000;
    }

    @Benchmark
    @OperationsPerInvocation(FRAMES)
    public long frameToClosedBar(Blackhole bh) {
        long[] closed = {0};
        MinuteBarEngine engine = new MinuteBarEngine("binance", 2_000, 60, BarSource.LIVE, (Bar b) -> {
            closed[0]++;
            bh.consume(b);
        });
        engine.watch("BTCUSDT", "BTC-USDT", Frames.T0);
        engine.watch("ETHUSDT", "ETH-USDT", Frames.T0);
        for (String f : frames) {
            decoder.decode(f, engine::onTrade);
        }
        engine.closeBefore("BTCUSDT", end);
        engine.closeBefore("ETHUSDT", end);
        return closed[0];
    }

    /** Decoding alone (frames to trades), to see where the time goes. */
    @Benchmark
    @OperationsPerInvocation(FRAMES)
    public void decodeOnly(Blackhole bh) {
        for (String f : frames) {
            decoder.decode(f, bh::consume);
        }
    }

    /** The floor: Jackson streaming with every field read, no objects built. */
    @Benchmark
    @OperationsPerInvocation(FRAMES)
    public void jacksonStreamingFloor(Blackhole bh) throws IOException {
        for (String f : frames) {
            try (JsonParser p = FACTORY.createParser(f)) {
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    if (t == JsonToken.VALUE_STRING) {
                        bh.consume(p.getText());
                    } else if (t == JsonToken.VALUE_NUMBER_INT) {
                        bh.consume(p.getLongValue());
                    } else if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                        bh.consume(p.getBooleanValue());
                    }
                }
            }
        }
    }
}
