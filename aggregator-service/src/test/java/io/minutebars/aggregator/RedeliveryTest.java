package io.minutebars.aggregator;

import static io.minutebars.aggregator.Broker.bar;
import static io.minutebars.aggregator.Broker.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import com.mongodb.client.MongoClient;
import com.rabbitmq.client.GetResponse;
import io.minutebars.aggregator.rollup.RollupService;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.Json;
import io.minutebars.model.Interval;
import io.minutebars.model.Messaging;
import io.minutebars.store.MarketRecord;
import io.minutebars.store.MarketRepository;
import io.minutebars.store.testing.StoredBuckets;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Redelivery is harmless in every path, and a backfill that differs from the stored bar wins. */
@QuarkusTest
@QuarkusTestResource(AggregatorTestResource.class)
class RedeliveryTest {
    static final long DAY = 1_709_337_600_000L; // 2024-03-02T00:00:00Z

    @Inject MongoClient mongo;
    @Inject RollupService rollups;
    @Inject MarketRepository markets;

    Document bucket(String exchange, String symbol, String interval, long bucketStart) {
        return StoredBuckets.find(mongo, "minutebars", exchange, symbol, Interval.fromCode(interval).orElseThrow(),
                bucketStart);
    }

    MarketRecord market(String exchange, String symbol) {
        return markets.find(exchange, symbol, "1m", 0).stream().findFirst().orElse(null);
    }

    @Test
    void aBatchRedeliveredAfterACrashBeforeItsAckStillReachesTheMarketRecordAndIsAnnounced() throws Exception {
        List<Bar> batch = List.of(bar("redeliv", "BTC-USDT", DAY, "10", 0, BarSource.LIVE),
                bar("redeliv", "BTC-USDT", DAY + 60_000, "11", 0, BarSource.LIVE));
        // the crash: the bucket was written, then the service died before the market record, the announcement
        // and the ack
        StoredBuckets.buckets(mongo, "minutebars").insertOne(
                StoredBuckets.bucket("redeliv", "BTC-USDT", Interval.M1, DAY, batch));
        assertNull(market("redeliv", "BTC-USDT"));
        String announcements = Broker.announcements("1m.redeliv.#");

        Broker.publishBars(batch); // the redelivery
        MarketRecord market = eventually("market record", () -> market("redeliv", "BTC-USDT"));
        assertEquals(DAY, market.firstOpenTime());
        assertEquals(DAY + 60_000, market.lastOpenTime());
        assertEquals(batch, Broker.announced(announcements, 2, 10_000), "announced though nothing changed");
        assertEquals(1L, StoredBuckets.version(bucket("redeliv", "BTC-USDT", "1m", DAY)),
                "the bucket is not rewritten");
    }

    @Test
    void aTransientRollupFailureRetriesTheMessageAndAPermanentOneDeadLettersItWithItsReason() throws Exception {
        Broker.drain(AggregatorTestResource.BARS_DLQ);
        RollupService real = ClientProxy.unwrap(rollups);
        AtomicInteger calls = new AtomicInteger();
        QuarkusMock.installMockForType(new RollupService() {
            @Override
            public List<Bar> update(List<Bar> minutes) {
                int call = calls.incrementAndGet();
                if (minutes.get(0).symbol().equals("ETH-USDT")) {
                    throw new IllegalStateException("rollup bucket unreadable");
                }
                if (call == 1) {
                    throw new MongoSocketReadException("Prematurely reached end of stream", new ServerAddress());
                }
                return real.update(minutes);
            }
        }, RollupService.class);
        List<Bar> window = new ArrayList<>();
        for (int m = 0; m < 5; m++) {
            window.add(bar("rollfail", "BTC-USDT", DAY + m * 60_000L, Integer.toString(10 + m), 0, BarSource.LIVE));
        }
        Broker.publishBars(window);
        Document m5 = eventually("5m rollup after the retry", () -> bucket("rollfail", "BTC-USDT", "5m", DAY));
        assertEquals(new BigDecimal("14"), StoredBuckets.bars(m5).get(0).close());
        assertTrue(calls.get() >= 2, "tried again");

        String announcements = Broker.announcements("1m.rollfail.ETH-USDT");
        Bar eth = bar("rollfail", "ETH-USDT", DAY, "3", 0, BarSource.LIVE);
        Broker.publishBars(List.of(eth));
        GetResponse dead = eventually("dead letter", () -> Broker.get(AggregatorTestResource.BARS_DLQ));
        assertEquals("rollup failed: java.lang.IllegalStateException: rollup bucket unreadable",
                dead.getProps().getHeaders().get(Messaging.FAILURE_REASON_HEADER).toString());
        assertEquals(List.of(eth), Json.readBars(dead.getBody()));
        assertEquals(List.of(eth), Broker.announced(announcements, 1, 10_000), "the stored minute is announced");
        assertEquals(0, Broker.drain(AggregatorTestResource.BARS_DLQ).size(), "only the permanent failure");
    }

    @Test
    void aBackfillBarWithDifferentContentReplacesTheLiveBarAsTheNextRevisionAndIsAnnounced() throws Exception {
        long t = DAY + 7_200_000L;
        String announcements = Broker.announcements("1m.backfx.#");
        Bar live = bar("backfx", "BTC-USDT", t, "10", 0, BarSource.LIVE);
        Broker.publishBars(List.of(live));
        assertEquals(List.of(live), Broker.announced(announcements, 1, 10_000));
        Bar backfill = bar("backfx", "BTC-USDT", t, "11", 0, BarSource.BACKFILL);
        Broker.publishBars(List.of(backfill));
        Bar stored = eventually("backfill stored", () -> {
            Bar b = StoredBuckets.bars(bucket("backfx", "BTC-USDT", "1m", DAY)).get(0);
            return new BigDecimal("11").equals(b.close()) ? b : null;
        });
        assertEquals(1, stored.revision());
        assertEquals(BarSource.BACKFILL, stored.source());
        assertEquals(List.of(backfill.withRevision(1)), Broker.announced(announcements, 1, 10_000));

        // the same backfill again (a redelivery): nothing changes, and it is announced as stored
        Broker.publishBars(List.of(backfill));
        assertEquals(List.of(backfill.withRevision(1)), Broker.announced(announcements, 1, 10_000));
        assertEquals(2L, StoredBuckets.version(bucket("backfx", "BTC-USDT", "1m", DAY)));
        // a live bar of that revision with other content does not replace it
        Broker.publishBars(List.of(bar("backfx", "BTC-USDT", t, "12", 1, BarSource.LIVE)));
        Bar next = bar("backfx", "BTC-USDT", t + 60_000, "13", 0, BarSource.LIVE); // handled after it
        Broker.publishBars(List.of(next));
        assertEquals(List.of(next), Broker.announced(announcements, 1, 10_000), "the live bar announced nothing");
        Document after = bucket("backfx", "BTC-USDT", "1m", DAY);
        assertEquals(new BigDecimal("11"), StoredBuckets.bars(after).get(0).close());
    }
}
