package io.minutebars.query.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.minutebars.model.PlainDecimalSerializer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The volume-weighted composite of one base asset across venues for one interval slot, with every venue it
 * used (price, volume, weight) and every venue it left out and why, so it can be reproduced from the stored
 * bars. OHLC and vwap are null (with {@code reason}) when no venue qualifies.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CompositeBar(Instant openTime, Instant closeTime,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal open,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal high,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal low,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal close,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal volume,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal quoteVolume,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal vwap,
        String quality, String reason, List<Constituent> constituents, List<Exclusion> exclusions) {
    public static final String EXACT = "exact";
    public static final String PARTIAL = "partial";

    /** A venue the composite used: the price it was screened on (vwap, else close), its volume and weight. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Constituent(String exchange, String symbol, String status,
            @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal price,
            @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal volume,
            @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal weight) {
    }

    /** A venue left out of this slot, and why. */
    public record Exclusion(String exchange, String symbol, String reason) {
    }
}
