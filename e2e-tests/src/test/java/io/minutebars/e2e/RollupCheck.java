package io.minutebars.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minutebars.model.Bar;
import io.minutebars.testsupport.ServiceProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Every whole 5-minute window of the run, rolled up by the aggregator, equals the reference rollup of the truth. */
final class RollupCheck {
    private RollupCheck() {
    }

    static void fiveMinute(ServiceProcess query, String symbol, List<Bar> truth) throws InterruptedException {
        long from = (truth.get(0).openTime().toEpochMilli() + 299_999) / 300_000 * 300_000;
        long to = truth.get(truth.size() - 1).closeTime().toEpochMilli() / 300_000 * 300_000;
        List<Bar> expected = new ArrayList<>();
        for (long w = from; w < to; w += 300_000) {
            long start = w;
            expected.add(ReferenceRollup.of("5m", truth.stream().filter(b -> b.openTime().toEpochMilli() >= start
                    && b.openTime().toEpochMilli() < start + 300_000).toList()));
        }
        String url = query.url("/api/v1/bars?exchange=binance&symbol=" + symbol + "&interval=5m&start=" + from
                + "&end=" + to);
        ServiceProcess.waitUntil(symbol + " 5m rollups", Duration.ofSeconds(60),
                () -> Http.status(url) == 200 && TruthCheck.allMatch(expected, EndToEndTest.read(url)), query);
        assertTrue(expected.size() >= 5, "at least five whole 5-minute windows");
    }
}
