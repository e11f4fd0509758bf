package io.minutebars.bybit.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * A WebSocket message: a {@code publicTrade.<symbol>} push ({@code topic}, {@code data}) or a reply to
 * our {@code subscribe}/{@code ping} ({@code op}, {@code success}, {@code ret_msg}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublicTradeDto(String topic, String type, Long ts, List<Row> data, String op, Boolean success,
        @JsonProperty("ret_msg") String retMsg) {

    /** {@code S} is the taker side; {@code i} a UUID or a numeric string; {@code BT} a block trade. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Row(@JsonProperty("T") Long time, @JsonProperty("s") String symbol, @JsonProperty("S") String side,
            @JsonProperty("v") BigDecimal size, @JsonProperty("p") BigDecimal price, @JsonProperty("i") String id,
            @JsonProperty("BT") Boolean blockTrade) {
    }
}
