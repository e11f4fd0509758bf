package io.minutebars.aggregator.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.Minutes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Timer {@code minutebars.market.store.lag}, tagged {@code exchange} and {@code symbol}: from a live minute's close
 * to the moment the store holds its bar. Only stored bars are measured, so the series are bounded by the stored
 * markets. The aggregator has no exchange clock: this is wall time, so under the simulator's accelerated clock the
 * figure is not meaningful (bars ahead of wall time are skipped rather than recorded as negative). A redelivered
 * bar is measured again, at its later store: the lag readers saw.
 */
@ApplicationScoped
public class StoreLag {
    @Inject MeterRegistry registry;

    /** Wall time (ms); a test sets its own. */
    LongSupplier clock = System::currentTimeMillis;

    /** Measures the bars the store now holds; a backfill's, an import's or a revision's are old by design. */
    void stored(List<Bar> held) {
        long now = clock.getAsLong();
        for (Bar b : held) {
            long lag = now - (b.openTime().toEpochMilli() + Minutes.MINUTE_MS);
            if (b.source() == BarSource.LIVE && b.revision() == 0 && lag >= 0) {
                Timer.builder("minutebars.market.store.lag").tags("exchange", b.exchange(), "symbol", b.symbol())
                        .description("minute close (wall clock) to the store holding its bar")
                        .publishPercentileHistogram().register(registry).record(Duration.ofMillis(lag));
            }
        }
    }
}
