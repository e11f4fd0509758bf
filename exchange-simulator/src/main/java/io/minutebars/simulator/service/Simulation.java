package io.minutebars.simulator.service;

import io.minutebars.model.Minutes;
import io.minutebars.simulator.clock.SimClock;
import io.minutebars.simulator.config.SimulatorConfig;
import io.minutebars.simulator.dataset.AggTradeCsvReader;
import io.minutebars.simulator.engine.SyntheticParams;
import io.minutebars.simulator.market.AggTrade;
import io.minutebars.simulator.market.SymbolCatalog;
import io.minutebars.simulator.market.SymbolSpec;
import io.minutebars.simulator.store.DatasetTradeStore;
import io.minutebars.simulator.store.SyntheticTradeStore;
import io.minutebars.simulator.store.TradeStore;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Builds the clock and the trade store from the configuration at startup, so a bad setting or a
 * malformed dataset stops the service with a message instead of failing on the first request.
 */
@Startup
@ApplicationScoped
public class Simulation {
    private static final Logger LOG = Logger.getLogger(Simulation.class);

    private final SimulatorConfig.Mode mode;
    private final SimClock clock;
    private final TradeStore store;

    public Simulation(SimulatorConfig config) {
        this.mode = config.mode();
        if (mode == SimulatorConfig.Mode.dataset) {
            Path file = config.dataset().file().orElseThrow(() -> new IllegalArgumentException(
                    "simulator.mode=dataset needs simulator.dataset.file"));
            SymbolSpec market = SymbolCatalog.spec(config.dataset().symbol());
            List<AggTrade> trades = AggTradeCsvReader.read(file);
            this.store = new DatasetTradeStore(market, trades);
            long start = config.start().map(java.time.Instant::toEpochMilli)
                    .orElse(Minutes.floor(trades.get(0).time()));
            this.clock = new SimClock(start, config.speed());
            LOG.infof("dataset %s: %d trades of %s, simulated clock from %d at x%s", file, trades.size(),
                    market.symbol(), start, config.speed());
        } else {
            List<SymbolSpec> markets = config.symbols().stream().map(SymbolCatalog::spec).toList();
            long start = config.start().map(java.time.Instant::toEpochMilli)
                    .orElse(Minutes.floor(System.currentTimeMillis()));
            SyntheticParams params = new SyntheticParams(config.seed(), config.synthetic().tradesPerMinute(),
                    config.synthetic().quietMinuteRatio(), config.synthetic().burstMinuteRatio());
            SyntheticTradeStore synthetic = new SyntheticTradeStore(markets, params,
                    start - config.history().toMillis(), config.retention().toMillis());
            this.store = synthetic;
            this.clock = new SimClock(start, config.speed());
            synthetic.advanceTo(clock.now());
            LOG.infof("synthetic %s seed %d from %d (history from %d) at x%s", config.symbols(), config.seed(),
                    start, synthetic.origin(), config.speed());
        }
    }

    public SimClock clock() {
        return clock;
    }

    public TradeStore store() {
        return store;
    }

    public SimulatorConfig.Mode mode() {
        return mode;
    }

    /** The current simulated time, with every trade up to it made available. */
    public long advance() {
        long now = clock.now();
        store.advanceTo(now);
        return now;
    }
}
