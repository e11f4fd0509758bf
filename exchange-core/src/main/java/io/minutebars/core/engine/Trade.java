package io.minutebars.core.engine;

import io.minutebars.model.Decimals;
import io.minutebars.model.Minutes;
import java.math.BigDecimal;

/**
 * One exchange trade as the engine needs it, whatever the exchange.
 *
 * @param market   the exchange's native symbol
 * @param time     exchange trade time, epoch ms
 * @param seq      the exchange's monotonic trade sequence (Binance aggregate id), or -1 when the
 *                 exchange's ids carry no order (GUIDs); drives ordering and duplicate detection
 * @param id       the trade id as the exchange writes it; may be null when {@code seq} is that id
 *                 (decoders on the hot path skip formatting it, see {@link #idText()})
 * @param count    raw trades this record stands for (Binance aggTrade: l - f + 1), usually 1
 * @param takerSell true when the aggressor sold (Binance {@code m == true})
 * @param quoteQty exact quote amount when the exchange states it (inverse contracts), else null
 *                 and price x qty is used
 */
public record Trade(String market, long time, long seq, String id, BigDecimal price, BigDecimal qty, long count,
        boolean takerSell, BigDecimal quoteQty) {

    public Trade(String market, long time, long seq, String id, BigDecimal price, BigDecimal qty, long count,
            boolean takerSell) {
        this(market, time, seq, id, price, qty, count, takerSell, null);
    }

    /** The trade id as text: {@code id}, or the sequence when the id is the sequence. */
    public String idText() {
        return id != null ? id : Long.toString(seq);
    }

    public BigDecimal quote() {
        return quoteQty != null ? quoteQty : price.multiply(qty);
    }

    /**
     * A trade the engine must refuse: non-positive price or quantity (e.g. Binance's invalidated records), or
     * a time outside 1970..9999, where minute arithmetic would overflow.
     */
    public boolean isInvalid() {
        return price == null || qty == null || price.signum() <= 0 || qty.signum() <= 0 || count < 1
                || !Minutes.inRange(time);
    }

    /** Longest trade id a bar may carry (the aggregator refuses longer ones). */
    public static final int MAX_ID = 64;

    /**
     * What breaks the decoder contract in this trade, or null: every trade a decoder emits has a market, a
     * time within 1970..9999, a positive price and quantity within the decimal bounds, a count of 1 or more, an
     * id of at most {@link #MAX_ID} characters, and a positive quote amount (the stated one, or price x quantity)
     * within the decimal bounds too, so that the bar it goes into can be built.
     */
    public String defect() {
        if (market == null || market.isBlank()) {
            return "trade without market";
        }
        if (isInvalid()) {
            return "trade with a non-positive price, quantity or count, or a time outside 1970..9999";
        }
        if (id != null && id.length() > MAX_ID) {
            return "trade id longer than " + MAX_ID + " characters";
        }
        if (quoteQty != null && quoteQty.signum() <= 0) {
            return "trade with a non-positive quote amount";
        }
        try {
            Decimals.bounded(price);
            Decimals.bounded(qty);
            Decimals.bounded(quote());
        } catch (IllegalArgumentException e) {
            return "trade " + e.getMessage();
        }
        return null;
    }
}
