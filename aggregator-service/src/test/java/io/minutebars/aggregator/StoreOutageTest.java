package io.minutebars.aggregator;

import static io.minutebars.aggregator.Broker.bar;
import static io.minutebars.aggregator.Broker.count;
import static io.minutebars.aggregator.Broker.eventually;
import static io.minutebars.service.testing.OperatorAccess.asOperator;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mongodb.client.MongoClient;
import io.minutebars.aggregator.ledger.IngestErrorEntity;
import io.minutebars.aggregator.ledger.InstrumentEntity;
import io.minutebars.aggregator.repository.LedgerRepository;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.IngestError;
import io.minutebars.model.Instrument;
import io.minutebars.model.Interval;
import io.minutebars.model.Json;
import io.minutebars.store.MarketRecord;
import io.minutebars.store.MarketRepository;
import io.minutebars.store.testing.StoredBuckets;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** Store outages: nothing is dead-lettered, readiness goes down, and everything is stored once the store is back. */
@QuarkusTest
@QuarkusTestResource(AggregatorTestResource.class)
class StoreOutageTest {
    static final long DAY = 1_709_337_600_000L; // 2024-03-02T00:00:00Z

    @Inject MongoClient mongo;
    @Inject LedgerRepository ledger;
    @Inject MarketRepository markets;

    /** The readiness answer's state of the aggregator's own check: "UP" or "DOWN". */
    static String readiness() {
        JsonPath health = given().get("/q/health/ready").jsonPath();
        return health.getString("checks.find { it.name == 'aggregator stores' }.status");
    }

    long storedBars(String symbol) {
        return StoredBuckets.count(mongo, "minutebars", "outage", symbol, Interval.M1);
    }

    @Test
    void aMongoOutageRequeuesWithBackoffAndEveryBarIsStoredOnceItIsBack() throws Exception {
        Broker.drain(AggregatorTestResource.BARS_DLQ);
        List<List<Bar>> messages = List.of(
                List.of(bar("outage", "ADA-USDT", DAY - 60_000, "1", 0, BarSource.LIVE),
                        bar("outage", "ADA-USDT", DAY, "2", 0, BarSource.LIVE)),
                List.of(bar("outage", "ADA-USDT", DAY + 60_000, "3", 0, BarSource.LIVE)),
                List.of(bar("outage", "DOT-USDT", DAY, "4", 0, BarSource.LIVE)));
        long started = System.currentTimeMillis();
        AggregatorTestResource.stopMongo();
        try {
            for (List<Bar> m : messages) {
                Broker.publishBars(m);
            }
            eventually("readiness down", () -> "DOWN".equals(readiness()));
            given().get("/q/health/ready").then().statusCode(503);
            Thread.sleep(1500); // a few more requeues with backoff
            assertEquals(0, count(AggregatorTestResource.BARS_DLQ), "nothing is dead-lettered for an outage");
        } finally {
            AggregatorTestResource.startMongo();
        }
        eventually("every bar stored", () -> storedBars("ADA-USDT") == 3 && storedBars("DOT-USDT") == 1);
        eventually("readiness up", () -> "UP".equals(readiness()));
        given().get("/q/health/ready").then().statusCode(200);
        assertEquals(0, count(AggregatorTestResource.BARS_DLQ), "nothing is dead-lettered for an outage");
        MarketRecord market = markets.find("outage", "ADA-USDT", "1m", 0).get(0);
        assertEquals(DAY - 60_000, market.firstOpenTime());
        assertEquals(DAY + 60_000, market.lastOpenTime());
        System.out.printf("MongoDB outage test: %d ms%n", System.currentTimeMillis() - started);
    }

    @Test
    void aPostgresOutageRequeuesTheEventsUntilTheLedgerAnswersAgain() throws Exception {
        Broker.drain(AggregatorTestResource.EVENTS_DLQ);
        AtomicBoolean down = new AtomicBoolean(true);
        AtomicInteger refused = new AtomicInteger();
        QuarkusMock.installMockForType(new FlakyLedger(ClientProxy.unwrap(ledger), down, refused), LedgerRepository.class);
        Broker.publish(AggregatorTestResource.EVENTS_EXCHANGE, "error.outage", Json.write(new IngestError("outage",
                "BTCUSDT", IngestError.Kind.DECODE, "during the outage", null, Instant.parse("2024-03-02T00:00:00Z")))
                .getBytes(StandardCharsets.UTF_8), null);
        eventually("readiness down", () -> "DOWN".equals(readiness()));
        eventually("a few refused attempts", () -> refused.get() >= 3);
        assertEquals(0, count(AggregatorTestResource.EVENTS_DLQ), "nothing is dead-lettered for an outage");
        down.set(false);
        eventually("the event in the ledger", () -> asOperator().get("/api/v1/ledger/errors?exchange=outage")
                .jsonPath().getList("message").contains("during the outage"));
        eventually("readiness up", () -> "UP".equals(readiness()));
        assertEquals(0, count(AggregatorTestResource.EVENTS_DLQ));
    }

    /** The ledger as PostgreSQL being unreachable makes it look: Hibernate's connection failure, from the driver's. */
    static class FlakyLedger extends LedgerRepository {
        private final LedgerRepository real;
        private final AtomicBoolean down;
        private final AtomicInteger refused;

        FlakyLedger(LedgerRepository real, AtomicBoolean down, AtomicInteger refused) {
            this.real = real;
            this.down = down;
            this.refused = refused;
        }

        private void check() {
            if (down.get()) {
                refused.incrementAndGet();
                throw new JDBCConnectionException("Unable to acquire JDBC Connection", new PSQLException(
                        "Connection to 127.0.0.1:5432 refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT));
            }
        }

        @Override
        public void ping() {
            check();
            real.ping();
        }

        @Override
        public void upsertInstruments(List<Instrument> instruments) {
            check();
            real.upsertInstruments(instruments);
        }

        @Override
        public void record(IngestError error) {
            check();
            real.record(error);
        }

        @Override
        public List<IngestErrorEntity> errors(String exchange, int limit) {
            return real.errors(exchange, limit);
        }

        @Override
        public List<InstrumentEntity> instruments(String exchange) {
            return real.instruments(exchange);
        }
    }
}
