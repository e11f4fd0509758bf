package io.minutebars.query.service;

import io.minutebars.model.Interval;
import io.minutebars.query.config.QueryConfig;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** The limits a bars query is validated against (a plain value, so the parser is testable alone). */
public record QueryLimits(int defaultLimit, int maxLimit, Duration defaultSpan, Map<Interval, Duration> maxSpan) {

    public static QueryLimits from(QueryConfig config) {
        Map<Interval, Duration> spans = new EnumMap<>(Interval.class);
        for (Interval i : Interval.values()) {
            spans.put(i, config.maxSpan().of(i));
        }
        return new QueryLimits(config.defaultLimit(), config.maxLimit(), config.defaultSpan(), spans);
    }

    public Duration maxSpan(Interval interval) {
        return maxSpan.get(interval);
    }
}
