package io.minutebars.query.service;

import io.minutebars.model.Interval;

/** A validated bars query: {@code start <= openTime < end}, at most {@code limit} bars. */
public record BarsQuery(String exchange, String symbol, Interval interval, long start, long end, int limit) {

    /** The cursor of the page after this one, starting at {@code next}. */
    public PageCursor cursorAt(long next) {
        return PageCursor.bars(exchange, symbol, interval, next, end, limit);
    }
}
