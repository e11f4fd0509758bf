package io.minutebars.query.service;

import io.minutebars.model.Interval;
import java.time.Instant;

/** The parameters of {@code GET /api/v1/bars}, parsed by the resource layer (null when absent). */
public record BarsParams(ExchangeId exchange, MarketSymbol symbol, Interval interval, Instant start, Instant end,
        Integer limit, String cursor) {

    public PageRequest.Range range() {
        return new PageRequest.Range(start, end, limit, cursor);
    }
}
