package io.minutebars.query.resource;

import io.minutebars.model.Interval;
import io.minutebars.query.problem.QueryProblemException;
import io.minutebars.query.service.ExchangeId;
import io.minutebars.query.service.IntParams;
import io.minutebars.query.service.MarketParams;
import io.minutebars.query.service.MarketSymbol;
import io.minutebars.query.service.TimeParser;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.function.Function;

/**
 * Typed query parameters: times (ISO-8601 instant, UTC date or epoch ms), intervals, exchange ids, symbols and
 * integers. A value that does not parse is a 400 problem naming the parameter (its {@code @QueryParam} name) and
 * saying why; JAX-RS would otherwise answer 404. Blank exchange and symbol mean absent, as before.
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> type, Type generic, Annotation[] annotations) {
        String name = name(annotations);
        Function<String, Object> parse;
        if (type == Instant.class) {
            parse = raw -> Instant.ofEpochMilli(TimeParser.parse(name, raw));
        } else if (type == Interval.class) {
            parse = MarketParams::interval;
        } else if (type == ExchangeId.class) {
            parse = raw -> raw.isBlank() ? null : new ExchangeId(MarketParams.exchange(raw));
        } else if (type == MarketSymbol.class) {
            parse = raw -> raw.isBlank() ? null : new MarketSymbol(MarketParams.symbol(raw));
        } else if (type == Integer.class) {
            long[] range = range(annotations);
            parse = raw -> IntParams.integer(name, raw, (int) range[0], (int) range[1]);
        } else {
            return null;
        }
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                try {
                    return value == null ? null : type.cast(parse.apply(value));
                } catch (QueryProblemException e) {
                    throw new WebApplicationException(e, e.status()); // ProblemMapper answers the wrapped problem
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String name(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
        }
        return "parameter";
    }

    /** The bounds its Bean Validation constraints give, so that "not an integer" can say which are allowed. */
    private static long[] range(Annotation[] annotations) {
        long[] range = {Integer.MIN_VALUE, Integer.MAX_VALUE};
        for (Annotation a : annotations) {
            if (a instanceof Min m) {
                range[0] = m.value();
            } else if (a instanceof Max m) {
                range[1] = m.value();
            }
        }
        return range;
    }
}
