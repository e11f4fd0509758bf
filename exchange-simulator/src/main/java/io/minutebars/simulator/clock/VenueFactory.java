package io.minutebars.simulator.clock;

import io.minutebars.simulator.config.SimulatorConfig;
import io.minutebars.simulator.engine.SyntheticParams;
import io.minutebars.simulator.market.AggTrade;
import io.minutebars.simulator.market.ExchangeId;
import io.minutebars.simulator.market.ExchangeMarket;
import io.minutebars.simulator.market.Seeds;
import io.minutebars.simulator.store.DatasetTradeStore;
import io.minutebars.simulator.store.SyntheticTradeStore;
import java.util.List;
import java.util.Map;

/** Builds each exchange's markets (from its venue's catalog) and trade source from the configuration. */
final class VenueFactory {
    private final SimulatorConfig config;
    private final Map<ExchangeId, VenueCatalog> catalogs;

    VenueFactory(SimulatorConfig config, List<VenueCatalog> catalogs) {
        this.config = config;
        this.catalogs = ExchangeId.each(catalogs, VenueCatalog::exchange, "catalog");
    }

    static ExchangeId datasetExchange(SimulatorConfig config) {
        return ExchangeId.of(config.dataset().exchange()).orElseThrow(() -> new IllegalArgumentException(
                "simulator.dataset.exchange must be one of " + ExchangeId.ids() + ", was "
                        + config.dataset().exchange()));
    }

    ExchangeMarket market(ExchangeId exchange, String symbol) {
        long salt = Seeds.mix(Seeds.forExchange(config.seed(), exchange) ^ symbol.hashCode());
        return catalogs.get(exchange).market(symbol, salt);
    }

    List<String> symbols(ExchangeId exchange) {
        return catalogs.get(exchange).symbols();
    }

    /** A seeded flow of its own per exchange, with history from {@code start - history}. */
    Venue synthetic(ExchangeId exchange, long start) {
        List<ExchangeMarket> markets = symbols(exchange).stream().map(s -> market(exchange, s)).toList();
        SimulatorConfig.Synthetic s = config.synthetic();
        SyntheticParams params = new SyntheticParams(Seeds.forExchange(config.seed(), exchange), s.tradesPerMinute(),
                s.quietMinuteRatio(), s.burstMinuteRatio());
        SyntheticTradeStore store = new SyntheticTradeStore(markets.stream().map(ExchangeMarket::spec).toList(),
                params, start - config.history().toMillis(), config.retention().toMillis(),
                exchange != ExchangeId.BINANCE);
        return new Venue(exchange, markets, store);
    }

    /** The dataset replayed as this exchange's only market; only Binance aggregates trades. */
    Venue dataset(ExchangeId exchange, List<AggTrade> trades) {
        ExchangeMarket market = market(exchange, config.dataset().symbol());
        List<AggTrade> own = exchange == ExchangeId.BINANCE ? trades
                : trades.stream().map(AggTrade::single).toList();
        return new Venue(exchange, List.of(market), new DatasetTradeStore(market.spec(), own));
    }
}
