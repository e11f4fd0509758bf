package io.minutebars.simulator.binance;

import io.minutebars.simulator.market.AggTrade;
import io.minutebars.simulator.stream.FrameFormat;
import io.minutebars.simulator.stream.StreamSession;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Binance: one frame per aggregate trade, bare or wrapped as a combined stream, in time order across streams. */
final class BinanceFrames implements FrameFormat {
    private volatile boolean combined;

    private record Pending(AggTrade trade, StreamSession.Due due) {
    }

    BinanceFrames(boolean combined) {
        this.combined = combined;
    }

    boolean combined() {
        return combined;
    }

    void combined(boolean value) {
        combined = value;
    }

    @Override
    public List<String> frames(List<StreamSession.Due> due) {
        List<Pending> pending = new ArrayList<>();
        for (StreamSession.Due d : due) {
            d.trades().forEach(t -> pending.add(new Pending(t, d)));
        }
        if (due.size() > 1) {
            // Stable sort: trades of one stream keep their (T, a) order. (Only when a stream hits the
            // per-tick cap can another stream run ahead of it in time; each stream stays in order.)
            pending.sort(Comparator.comparingLong(p -> p.trade().time()));
        }
        boolean wrap = combined;
        List<String> frames = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            String symbol = p.due().market().symbol();
            frames.add(wrap ? BinanceJson.combined(p.due().topic(), symbol, p.trade())
                    : BinanceJson.aggTradeEvent(symbol, p.trade()));
        }
        return frames;
    }
}
