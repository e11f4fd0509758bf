package io.minutebars.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Bybit {@code publicTrade} and BitMEX {@code trade} insert frames in the recorded shapes
 * (fixtures/bybit/ws/docs_ws_publicTrade_0.json, bitmex/ws/recording_trade_2021-07-22.log),
 * one trade per frame, two markets, generated from a seed like {@link Frames}.
 */
final class VenueFrames {
    private VenueFrames() {
    }

    /** Writes frame {@code i} of market {@code m} (0 or 1) at {@code time} and {@code price}. */
    private interface Writer {
        String frame(int i, int m, long time, double price, SplittableRandom rnd);
    }

    /** Two markets' prices walking from BTC and ETH levels, trades 0..19 ms apart, taken in turn. */
    private static String[] walk(int n, long seed, Writer writer) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] price = {42000.0, 2300.0};
        long time = Frames.T0;
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            int m = i & 1;
            time += rnd.nextInt(0, 20);
            price[m] *= 1 + (rnd.nextDouble() - 0.5) * 0.0004;
            out[i] = writer.frame(i, m, time, price[m], rnd);
        }
        return out;
    }

    static String[] bybit(int n, long seed) {
        String[] symbols = {"BTCUSDT", "ETHUSDT"};
        return walk(n, seed, (i, m, time, price, rnd) -> {
            String p = BigDecimal.valueOf(price).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
            String v = BigDecimal.valueOf(rnd.nextInt(1, 500_000), 6).toPlainString();
            return "{\"topic\":\"publicTrade." + symbols[m] + "\",\"type\":\"snapshot\",\"ts\":" + time
                    + ",\"data\":[{\"T\":" + time + ",\"s\":\"" + symbols[m] + "\",\"S\":\""
                    + (rnd.nextBoolean() ? "Buy" : "Sell") + "\",\"v\":\"" + v + "\",\"p\":\"" + p
                    + "\",\"L\":\"PlusTick\",\"i\":\"" + (2_290_000_000_000_000_000L + i) + "\",\"BT\":false}]}";
        });
    }

    /** XBTUSD is inverse (size = USD, home = size / price), ETHUSDT linear (home = size / 1000 ETH). */
    static String[] bitmex(int n, long seed) {
        String[] symbols = {"XBTUSD", "ETHUSDT"};
        return walk(n, seed, (i, m, time, price, rnd) -> {
            BigDecimal p = BigDecimal.valueOf(price).setScale(1, RoundingMode.HALF_EVEN);
            long size = rnd.nextInt(1, 50) * 100L;
            BigDecimal home = m == 0 ? BigDecimal.valueOf(size).divide(p, 8, RoundingMode.HALF_EVEN)
                    : BigDecimal.valueOf(size, 3);
            BigDecimal foreign = m == 0 ? BigDecimal.valueOf(size) : home.multiply(p);
            return "{\"table\":\"trade\",\"action\":\"insert\",\"data\":[{\"timestamp\":\""
                    + Instant.ofEpochMilli(time) + "\",\"symbol\":\"" + symbols[m] + "\",\"side\":\""
                    + (rnd.nextBoolean() ? "Buy" : "Sell") + "\",\"size\":" + size + ",\"price\":" + p
                    + ",\"tickDirection\":\"ZeroPlusTick\",\"trdMatchID\":\"" + new UUID(rnd.nextLong(), i)
                    + "\",\"grossValue\":" + size * 2400 + ",\"homeNotional\":" + home.toPlainString()
                    + ",\"foreignNotional\":" + foreign.toPlainString() + "}]}";
        });
    }
}
