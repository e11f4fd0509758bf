package io.minutebars.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import io.minutebars.store.BarCodec;
import io.minutebars.store.MarketCodec;
import io.minutebars.store.MarketRecord;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.bson.Document;

/**
 * Stores {@code days} UTC days of complete 1m bars of market {@code bench/BTC-USDT} in the stored bucket
 * layout (one document per day, written with bar-store's {@link BarCodec}), so the
 * query API can be loaded with a year of bars without replaying it through the pipeline.
 * Usage: {@code QuerySeed <mongodb-uri> <days>}; the last day starts at {@link #LAST_DAY}.
 */
public final class QuerySeed {
    static final long DAY = 86_400_000L;
    static final long LAST_DAY = 1_704_067_200_000L; // 2024-01-01

    private QuerySeed() {
    }

    public static void main(String[] args) {
        int days = Integer.parseInt(args[1]);
        try (MongoClient client = MongoClients.create(args[0])) {
            MongoCollection<Document> bars = client.getDatabase("minutebars").getCollection(BarCodec.COLLECTION);
            SplittableRandom rnd = new SplittableRandom(7);
            double price = 42000;
            long first = LAST_DAY - (days - 1) * DAY;
            for (long day = first; day <= LAST_DAY; day += DAY) {
                List<Bar> dayBars = new ArrayList<>(1440);
                for (int m = 0; m < 1440; m++) {
                    price *= 1 + (rnd.nextDouble() - 0.5) * 0.002;
                    dayBars.add(bar(day + m * 60_000L, price, rnd));
                }
                bars.insertOne(BarCodec.bucket(BarCodec.key("bench", "BTC-USDT", "1m", day), "BTCUSDT", 1, dayBars));
            }
            client.getDatabase("minutebars").getCollection(MarketCodec.COLLECTION).insertOne(MarketCodec.document(
                    new MarketRecord("bench", "BTC-USDT", "BTCUSDT", "1m", first, LAST_DAY + DAY - 60_000L)));
            System.out.printf("seeded %d days (%d bars) of bench/BTC-USDT%n", days, days * 1440L);
        }
    }

    private static Bar bar(long open, double price, SplittableRandom rnd) {
        BigDecimal c = BigDecimal.valueOf(Math.round(price * 100), 2);
        BigDecimal o = c.add(BigDecimal.valueOf(rnd.nextInt(-500, 500), 2));
        BigDecimal h = c.max(o).add(BigDecimal.valueOf(rnd.nextInt(0, 900), 2));
        BigDecimal l = c.min(o).subtract(BigDecimal.valueOf(rnd.nextInt(0, 900), 2));
        BigDecimal v = BigDecimal.valueOf(rnd.nextInt(1, 5_000_000), 5);
        BigDecimal q = v.multiply(c);
        BigDecimal buy = v.divide(BigDecimal.valueOf(2));
        return new Bar("bench", "BTC-USDT", "BTCUSDT", "1m", Instant.ofEpochMilli(open), null, o, h, l, c, v, q,
                (long) rnd.nextInt(1, 900), c, buy, buy.multiply(c), v.subtract(buy), q.subtract(buy.multiply(c)),
                Long.toString(open / 10), Long.toString(open / 10 + 99), BarStatus.COMPLETE, 0, BarSource.LIVE);
    }
}
