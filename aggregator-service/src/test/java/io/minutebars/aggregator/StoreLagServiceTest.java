package io.minutebars.aggregator;

import static io.minutebars.aggregator.Broker.bar;
import static io.minutebars.aggregator.Broker.eventually;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.minutebars.model.BarSource;
import io.minutebars.model.Minutes;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A live bar consumed from the broker moves its market's store lag. */
@QuarkusTest
@QuarkusTestResource(AggregatorTestResource.class)
class StoreLagServiceTest {
    @Inject MeterRegistry registry;

    @Test
    void aStoredLiveBarIsTimedFromItsMinutesClose() throws Exception {
        long minute = Minutes.floor(System.currentTimeMillis()) - 2 * Minutes.MINUTE_MS; // closed a minute ago
        Broker.publishBars(List.of(bar("storelag", "BTC-USDT", minute, "10", 0, BarSource.LIVE)));
        eventually("the store lag", () -> {
            Timer t = registry.find("minutebars.market.store.lag").tags("exchange", "storelag", "symbol", "BTC-USDT")
                    .timer();
            return t != null && t.count() == 1;
        });
    }
}
