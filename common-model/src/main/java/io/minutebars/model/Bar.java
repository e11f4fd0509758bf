package io.minutebars.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The canonical bar event: key {@code (exchange, symbol, interval, openTime)}, {@code openTime}
 * inclusive, {@code closeTime} exclusive. Decimals are exact and kept in canonical form
 * ({@link Decimals#normalize}), so bars built by different producers from the same trades are equal.
 * Fields an exchange does not provide (e.g. trade count from klines) are null, never invented.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Bar(
        String exchange,
        String symbol,
        String nativeSymbol,
        String interval,
        Instant openTime,
        Instant closeTime,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal open,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal high,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal low,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal close,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal volume,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal quoteVolume,
        Long trades,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal vwap,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal takerBuyVolume,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal takerBuyQuoteVolume,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal takerSellVolume,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal takerSellQuoteVolume,
        String firstTradeId,
        String lastTradeId,
        BarStatus status,
        int revision,
        BarSource source) {

    public Bar {
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(openTime, "openTime");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        // Instant.toEpochMilli itself overflows for far instants: compare instants first
        if (openTime.isBefore(Instant.EPOCH) || openTime.isAfter(Instant.ofEpochMilli(Minutes.MAX_TIME))) {
            throw new IllegalArgumentException("openTime " + openTime + " is outside 1970..9999");
        }
        if (closeTime == null) {
            closeTime = openTime.plusMillis(Interval.fromCode(interval)
                    .orElseThrow(() -> new IllegalArgumentException("unknown interval " + interval)).millis());
        }
        open = Decimals.normalize(open);
        high = Decimals.normalize(high);
        low = Decimals.normalize(low);
        close = Decimals.normalize(close);
        volume = Decimals.normalize(volume);
        quoteVolume = Decimals.normalize(quoteVolume);
        vwap = Decimals.normalize(vwap);
        takerBuyVolume = Decimals.normalize(takerBuyVolume);
        takerBuyQuoteVolume = Decimals.normalize(takerBuyQuoteVolume);
        takerSellVolume = Decimals.normalize(takerSellVolume);
        takerSellQuoteVolume = Decimals.normalize(takerSellQuoteVolume);
    }

    /** A minute listened to in full without any trade. */
    public static Bar empty(String exchange, String symbol, String nativeSymbol, long openTime, BarSource source) {
        return new Bar(exchange, symbol, nativeSymbol, Interval.M1.code(), Instant.ofEpochMilli(openTime), null,
                null, null, null, null, BigDecimal.ZERO, BigDecimal.ZERO, 0L, null,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, null,
                BarStatus.EMPTY, 0, source);
    }

    /** A minute that was not observed (yet). Everything but the key is unknown. */
    public static Bar gap(String exchange, String symbol, String nativeSymbol, long openTime, BarStatus status,
            BarSource source) {
        return new Bar(exchange, symbol, nativeSymbol, Interval.M1.code(), Instant.ofEpochMilli(openTime), null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                status, 0, source);
    }

    @JsonIgnore
    public BarKey key() {
        return new BarKey(exchange, symbol, interval, openTime.toEpochMilli());
    }

    /** RabbitMQ routing key {@code <interval>.<exchange>.<BASE>-<QUOTE>}. */
    @JsonIgnore
    public String routingKey() {
        return interval + "." + exchange + "." + symbol;
    }

    public Bar withRevision(int newRevision) {
        return new Bar(exchange, symbol, nativeSymbol, interval, openTime, closeTime, open, high, low, close, volume,
                quoteVolume, trades, vwap, takerBuyVolume, takerBuyQuoteVolume, takerSellVolume,
                takerSellQuoteVolume, firstTradeId, lastTradeId, status, newRevision, source);
    }

    /** True when the market data (everything but revision and source) is the same. */
    public boolean sameData(Bar o) {
        return withRevision(0).withSource(BarSource.LIVE).equals(o.withRevision(0).withSource(BarSource.LIVE));
    }

    public Bar withSource(BarSource newSource) {
        return new Bar(exchange, symbol, nativeSymbol, interval, openTime, closeTime, open, high, low, close, volume,
                quoteVolume, trades, vwap, takerBuyVolume, takerBuyQuoteVolume, takerSellVolume,
                takerSellQuoteVolume, firstTradeId, lastTradeId, status, revision, newSource);
    }
}
