package io.minutebars.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

/** Combined-stream aggTrade frames in Binance's exact shape, generated from a seed. */
final class Frames {
    static final long T0 = 1_704_067_200_000L; // 2024-01-01T00:00:00Z

    private Frames() {
    }

    /** {@code n} frames over two markets, about 50 trades per second per market (several minutes). */
    static String[] generate(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        String[] out = new String[n];
        String[] symbols = {"BTCUSDT", "ETHUSDT"};
        double[] price = {42000.0, 2300.0};
        long[] aggId = {3_000_000_000L, 1_200_000_000L};
        long[] tradeId = {3_300_000_000L, 1_400_000_000L};
        long time = T0;
        for (int i = 0; i < n; i++) {
            int m = i & 1;
            time += rnd.nextInt(0, 20);
            price[m] *= 1 + (rnd.nextDouble() - 0.5) * 0.0004;
            String p = BigDecimal.valueOf(price[m]).setScale(2, RoundingMode.HALF_EVEN).setScale(8).toPlainString();
            String q = BigDecimal.valueOf(rnd.nextInt(1, 500_000), 5).setScale(8).toPlainString();
            long f = tradeId[m];
            long l = f + (rnd.nextInt(10) == 0 ? rnd.nextInt(1, 5) : 0);
            tradeId[m] = l + 1;
            String s = symbols[m];
            out[i] = "{\"stream\":\"" + s.toLowerCase() + "@aggTrade\",\"data\":{\"e\":\"aggTrade\",\"E\":" + (time + 1)
                    + ",\"s\":\"" + s + "\",\"a\":" + (aggId[m]++) + ",\"p\":\"" + p + "\",\"q\":\"" + q
                    + "\",\"f\":" + f + ",\"l\":" + l + ",\"T\":" + time + ",\"m\":" + rnd.nextBoolean()
                    + ",\"M\":true}}";
        }
        return out;
    }
}
