package io.minutebars.simulator.clock;

import io.minutebars.model.Minutes;
import io.minutebars.simulator.config.SimulatorConfig;
import io.minutebars.simulator.dataset.AggTradeCsvReader;
import io.minutebars.simulator.market.AggTrade;
import io.minutebars.simulator.market.ExchangeId;
import io.minutebars.simulator.store.TradeStore;
import io.quarkus.arc.All;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Builds the clock and every exchange's trade store from the configuration at startup, so a bad setting or
 * a malformed dataset stops the service with a message instead of failing on the first request. All
 * exchanges share the one clock.
 */
@Startup
@ApplicationScoped
public class Simulation {
    private static final Logger LOG = Logger.getLogger(Simulation.class);

    private final SimulatorConfig.Mode mode;
    private final SimClock clock;
    private final Map<ExchangeId, Venue> venues = new EnumMap<>(ExchangeId.class);

    public Simulation(SimulatorConfig config, @All List<VenueCatalog> catalogs) {
        this.mode = config.mode();
        VenueFactory factory = new VenueFactory(config, catalogs);
        ExchangeId replaying = null;
        long start;
        if (mode == SimulatorConfig.Mode.dataset) {
            Path file = config.dataset().file().orElseThrow(() -> new IllegalArgumentException(
                    "simulator.mode=dataset needs simulator.dataset.file"));
            replaying = VenueFactory.datasetExchange(config);
            List<AggTrade> trades = AggTradeCsvReader.read(file);
            venues.put(replaying, factory.dataset(replaying, trades));
            start = config.start().map(Instant::toEpochMilli).orElse(Minutes.floor(trades.get(0).time()));
            LOG.infof("dataset %s: %d trades of %s on %s", file, trades.size(), config.dataset().symbol(),
                    replaying.id());
        } else {
            start = config.start().map(Instant::toEpochMilli).orElse(Minutes.floor(System.currentTimeMillis()));
        }
        for (ExchangeId exchange : ExchangeId.values()) {
            if (exchange != replaying) {
                venues.put(exchange, factory.synthetic(exchange, start));
            }
        }
        this.clock = new SimClock(start, config.speed());
        advance();
        LOG.infof("simulated clock from %d at x%s, seed %d, history %s; markets %s", start, config.speed(),
                config.seed(), config.history(), venues.values().stream().map(v -> v.exchange().id() + v.symbols())
                        .toList());
    }

    public SimClock clock() {
        return clock;
    }

    /** Binance's trade store (the original API, served at the root). */
    public TradeStore store() {
        return venue(ExchangeId.BINANCE).store();
    }

    public Venue venue(ExchangeId exchange) {
        return venues.get(exchange);
    }

    public Collection<Venue> venues() {
        return venues.values();
    }

    public SimulatorConfig.Mode mode() {
        return mode;
    }

    /** The current simulated time, with every trade up to it made available on every exchange. */
    public long advance() {
        long now = clock.now();
        for (Venue v : venues.values()) {
            v.store().advanceTo(now);
        }
        return now;
    }
}
