package io.minutebars.core.stream;

import io.minutebars.core.engine.Trade;
import io.minutebars.model.Instrument;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What one exchange service provides to the shared runtime: its catalog, its trade history over REST
 * and its WebSocket protocol. Everything else (engine, lifecycle, resume, publishing, backfill,
 * rate limits) is written once in exchange-core.
 */
public interface ExchangeAdapter {

    /** The exchange id used in bars, instruments and routing keys: {@code minutebars.exchange.id}. */
    default String exchangeId() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("minutebars.exchange.id", String.class);
    }

    /** The exchange's catalog, mapped to canonical symbols. */
    List<Instrument> instruments();

    /** The exchange's server time in epoch ms, for the clock. */
    long serverTime();

    /** REST weight of one trade-history page, for the rate-limit budget. */
    default int tradePageWeight() {
        return 1;
    }

    /** SEQUENCE history only: trades with {@code seq >= fromSeq}, oldest first, at most {@code limit}. */
    default List<Trade> tradesFromSeq(String nativeSymbol, long fromSeq, int limit) {
        throw new UnsupportedOperationException(exchangeId() + " has no ordered trade ids; its history is " + history());
    }

    /** Trades with {@code startTime <= time}, oldest first, at most {@code limit}. */
    List<Trade> tradesFromTime(String nativeSymbol, long startTime, int limit);

    /** True when consecutive trades have consecutive sequences (Binance aggregate ids): holes are detectable. */
    default boolean contiguousSequences() {
        return false;
    }

    /** How far back REST trade history reaches, which decides how a resume catches up. */
    enum History {
        /** Paged by a contiguous sequence (Binance aggregate ids): holes are detectable. */
        SEQUENCE,
        /** Paged by time, ids without order (BitMEX): duplicates are dropped by id. */
        TIME,
        /** Only the most recent trades (Bybit): older minutes are repaired from klines. */
        RECENT
    }

    /** RECENT history only: the most recent trades (at most {@code limit}), oldest first. */
    default List<Trade> recentTrades(String nativeSymbol, int limit) {
        throw new UnsupportedOperationException(exchangeId() + " pages its history; recentTrades is for RECENT only");
    }

    default History history() {
        return contiguousSequences() ? History.SEQUENCE : History.TIME;
    }

    /**
     * The exchange's own 1m bars over {@code [start, end)} as FILLED (or EMPTY) bars with source KLINES,
     * for minutes trades cannot rebuild; fields klines lack stay null. Empty when the exchange has none.
     */
    default List<io.minutebars.model.Bar> klines(String nativeSymbol, String symbol, long start, long end) {
        return List.of();
    }


    /** The WebSocket URL for a set of markets; {@code wsBase} is the configured ws-url without a trailing slash. */
    URI streamUri(String wsBase, List<String> nativeSymbols);

    /** Messages to send after connecting (subscriptions); empty when the URL subscribes. */
    List<String> subscribeMessages(List<String> nativeSymbols);

    /** An application-level ping message; empty means protocol ping frames. */
    default Optional<String> heartbeatMessage() {
        return Optional.empty();
    }

    /**
     * Decodes one text frame, passing every trade it carries to {@code out}. Control messages (acks,
     * pongs) yield nothing; a malformed frame throws {@link DecodeException}.
     */
    void decode(String frame, Consumer<Trade> out);
}
