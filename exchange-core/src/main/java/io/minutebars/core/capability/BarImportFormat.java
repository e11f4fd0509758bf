package io.minutebars.core.capability;

import io.minutebars.core.engine.Trade;
import io.minutebars.model.Bar;
import java.io.Reader;

/**
 * An export format of the exchange (a CSV of candles or of trades) that {@code POST /api/v1/import} turns into
 * bars. Only a module whose exchange has such exports implements it, and builds with
 * {@code minutebars.import.enabled=true} so that the endpoint exists.
 */
public interface BarImportFormat {
    /** The market and symbol an import is for. */
    record Target(String exchange, String symbol, String nativeMarket) {
    }

    /** What each row becomes: a canonical trade, or a FILLED candle bar with source IMPORT. */
    interface Rows {
        void trade(Trade trade);

        void candle(Bar candle);
    }

    /** The exchange's market id for a canonical symbol (e.g. BTC-USDT). */
    String nativeMarket(String symbol);

    /** A time given by the client ({@code start}, {@code end}) in the format's notation, as epoch ms. */
    long time(String text);

    /**
     * Streams every row into {@code rows}; returns how many there were. A bad row is an IllegalArgumentException
     * naming its line and column, never quoting the file.
     */
    long read(Reader in, Target target, Rows rows);
}
