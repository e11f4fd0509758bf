package io.minutebars.query.service;

import io.minutebars.model.Interval;
import io.minutebars.query.problem.QueryProblemException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The range, page size and parameters of a request to any paged endpoint (bars, stats, composite, rankings), from
 * the query or from a cursor: the one place a cursor is checked, like a query (its times and limit, since the limits
 * may have changed) and against the parameters given beside it (they must agree; {@code limit} may change).
 * Statistics pages cover {@code limit} interval slots: the first page starts at the first slot at or after
 * {@code start}. {@code endDefaulted}: the client gave no end (said in range errors).
 */
public record PageRequest(Map<String, String> params, long start, long end, int limit, boolean endDefaulted) {

    /** The range and paging parameters as the client sent them (null when absent). */
    public record Range(Instant start, Instant end, Integer limit, String cursor) {
    }

    /** How an endpoint pages: the cursor kind (its name) and codec, the page sizes and the default span. */
    public record Paging(String kind, CursorCodec codec, int defaultLimit, int maxLimit, Duration defaultSpan) {
    }

    /**
     * Merges the endpoint's already normalised parameters ({@code given}, null values for absent ones) with
     * the cursor, if any, and validates the range.
     */
    public static PageRequest parse(Paging paging, Map<String, String> given, Range r, long now) {
        Integer limit = IntParams.check("limit", r.limit(), 1, paging.maxLimit());
        PageRequest q = r.cursor() != null ? fromCursor(paging, given, r, limit)
                : fromQuery(paging, given, r, limit, now);
        if (q.start >= q.end) {
            throw QueryProblemException.invalid("start", "start must be before end (start="
                    + Instant.ofEpochMilli(q.start) + ", end=" + Instant.ofEpochMilli(q.end) + q.endNote()
                    + "); the range is half-open: start <= openTime < end");
        }
        return q;
    }

    private static PageRequest fromQuery(Paging paging, Map<String, String> given, Range r, Integer limit, long now) {
        Map<String, String> params = new LinkedHashMap<>();
        given.forEach((k, v) -> {
            if (v != null) {
                params.put(k, v);
            }
        });
        long end = r.end() == null ? now : r.end().toEpochMilli();
        long start = r.start() == null ? Math.max(0, end - paging.defaultSpan().toMillis()) : r.start().toEpochMilli();
        return new PageRequest(params, start, end, limit == null ? paging.defaultLimit() : limit, r.end() == null);
    }

    /** The signature proves the cursor is ours; its times and limit are still checked like a query's. */
    private static PageRequest fromCursor(Paging paging, Map<String, String> given, Range r, Integer limit) {
        PageCursor c = PageCursor.decode(r.cursor(), paging.kind(), paging.codec());
        TimeParser.requireCursorTime(c.next());
        TimeParser.requireCursorTime(c.end());
        given.forEach((k, v) -> {
            if (v != null) {
                agree(k, c.params().get(k), v);
            }
        });
        if (r.end() != null) {
            agree("end", Instant.ofEpochMilli(c.end()).toString(), r.end().toString());
        }
        if (limit == null && (c.limit() < 1 || c.limit() > paging.maxLimit())) {
            throw QueryProblemException.invalid("cursor", "cursor carries a limit outside 1.." + paging.maxLimit());
        }
        return new PageRequest(new LinkedHashMap<>(c.params()), c.next(), c.end(), limit == null ? c.limit() : limit,
                false);
    }

    private static void agree(String parameter, String inCursor, String given) {
        if (!given.equals(inCursor)) {
            throw QueryProblemException.invalid("cursor", "cursor belongs to " + parameter + "=" + inCursor
                    + " but the request says " + parameter + "=" + given + "; drop " + parameter
                    + " or start a new query without cursor");
        }
    }

    private String endNote() {
        return endDefaulted ? " (end defaults to now)" : "";
    }

    /** 400 when the range is longer than one request may cover for the interval. */
    public PageRequest checkSpan(Interval interval, QueryLimits limits) {
        Duration max = limits.maxSpan(interval);
        if (end - start > max.toMillis()) {
            throw QueryProblemException.invalid("end", "the range " + Instant.ofEpochMilli(start) + " .. "
                    + Instant.ofEpochMilli(end) + endNote() + " spans "
                    + BarsQueryParser.describe(Duration.ofMillis(end - start)) + ", more than the "
                    + BarsQueryParser.describe(max) + " one request may cover for " + interval.code()
                    + " bars; split it into several requests");
        }
        return this;
    }

    /** First slot of this page: the first open time at or after start. */
    public long firstSlot(Interval interval) {
        return interval.floor(start + interval.millis() - 1);
    }

    /**
     * Exclusive, aligned end of this page: {@code limit} slots on, at most the slot holding {@code end - 1}'s end.
     * Start and end are validated times, so this cannot overflow; exact arithmetic would say so loudly if it did.
     */
    public long pageEnd(Interval interval) {
        long lastEnd = interval.floor(end - 1) + interval.millis();
        long pageEnd = Math.addExact(firstSlot(interval), Math.multiplyExact((long) limit, interval.millis()));
        return Math.max(firstSlot(interval), Math.min(lastEnd, pageEnd));
    }

    /** The cursor of the next page, or null when this page reaches the end. */
    public String nextCursor(Paging paging, Interval interval) {
        long next = pageEnd(interval);
        return next >= end ? null : new PageCursor(paging.kind(), params, next, end, limit).encode(paging.codec());
    }

    public String param(String key) {
        return params.get(key);
    }
}
