package io.minutebars.binance.decoder;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.minutebars.core.engine.Trade;
import io.minutebars.core.stream.DecodeChecks;
import io.minutebars.core.stream.DecodeException;
import io.minutebars.model.Decimals;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Consumer;

/**
 * Decodes Binance WebSocket frames with Jackson's streaming parser (no tree, no reflection): combined
 * {@code {"stream":..,"data":{..}}} or raw events. {@code aggTrade} events become trades standing for
 * {@code l - f + 1} raw trades with the aggregate id as sequence; {@code trade} events become single
 * trades. Subscription replies, {@code serverShutdown} and unknown events yield nothing; error replies
 * and malformed, incomplete or invalid trades (see {@code Trade.defect()}) throw {@link DecodeException}.
 */
public final class BinanceStreamDecoder {
    private static final JsonFactory FACTORY = new JsonFactory();

    private static final ThreadLocal<BinanceFrameScanner> SCANNER = ThreadLocal.withInitial(BinanceFrameScanner::new);

    public void decode(String frame, Consumer<Trade> out) {
        Trade fast = SCANNER.get().scan(frame);
        if (fast != null) {
            out.accept(fast);
            return;
        }
        decodeFully(frame, out);
    }

    /** The full Jackson decoder: every shape, every error. */
    void decodeFully(String frame, Consumer<Trade> out) {
        try (JsonParser p = FACTORY.createParser(frame)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new DecodeException("not a JSON object", frame);
            }
            Event e = new Event();
            readObject(p, e, frame, true);
            if (e.errorCode != null) {
                throw new DecodeException("stream error " + DecodeChecks.excerpt(e.errorCode) + ": "
                        + DecodeChecks.excerpt(e.errorMsg), frame);
            }
            if (e.type == null) {
                return; // {"result":null,"id":1} and other control replies
            }
            Trade t = e.toTrade(frame);
            if (t != null) {
                out.accept(t);
            }
        } catch (JsonProcessingException e) {
            throw new DecodeException("malformed frame: " + DecodeChecks.excerpt(e.getOriginalMessage(), 300), frame, e);
        } catch (IOException e) {
            throw new DecodeException("malformed frame: " + e.getClass().getSimpleName(), frame, e);
        }
    }

    private void readObject(JsonParser p, Event e, String frame, boolean top) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (top && "data".equals(name) && v == JsonToken.START_OBJECT) {
                readObject(p, e, frame, false);
                continue;
            }
            switch (name) {
                case "e" -> e.type = scalar(p, name, frame);
                case "s" -> e.symbol = scalar(p, name, frame);
                case "a" -> e.aggId = p.getLongValue();
                case "t" -> e.tradeId = p.getLongValue();
                case "p" -> e.price = decimal(p, name, frame);
                case "q" -> e.qty = decimal(p, name, frame);
                case "f" -> e.first = p.getLongValue();
                case "l" -> e.last = p.getLongValue();
                case "T" -> e.time = p.getLongValue();
                case "m" -> e.buyerMaker = p.getBooleanValue();
                case "code" -> {
                    String code = scalar(p, name, frame);
                    e.errorCode = top ? code : e.errorCode;
                }
                case "msg" -> e.errorMsg = scalar(p, name, frame);
                default -> p.skipChildren();
            }
        }
    }

    /** A field that must be a scalar: a nested value there would be read as the event's own fields. */
    private static String scalar(JsonParser p, String name, String frame) throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
            throw new DecodeException("field " + DecodeChecks.excerpt(name) + " is not a scalar", frame);
        }
        return p.getValueAsString();
    }

    /** A decimal within the bounds, from a string or a number (never computed on before that check). */
    private static BigDecimal decimal(JsonParser p, String name, String frame) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return DecodeChecks.decimal(p.getText(), name, frame);
        }
        try {
            return Decimals.bounded(p.getDecimalValue());
        } catch (IllegalArgumentException e) {
            throw new DecodeException(name + ": " + e.getMessage(), frame);
        }
    }

    private static final class Event {
        String type;
        String symbol;
        Long aggId;
        Long tradeId;
        BigDecimal price;
        BigDecimal qty;
        Long first;
        Long last;
        Long time;
        Boolean buyerMaker;
        String errorCode;
        String errorMsg;

        Trade toTrade(String frame) {
            boolean agg = "aggTrade".equals(type);
            if (!agg && !"trade".equals(type)) {
                return null; // serverShutdown, kline, ... : not trades
            }
            Long id = agg ? aggId : tradeId;
            if (symbol == null || id == null || price == null || qty == null || time == null || buyerMaker == null
                    || (agg && (first == null || last == null))) {
                throw new DecodeException(type + " event lacks a required field", frame);
            }
            // l < f (or a span beyond a long) gives a count below 1: refused with the other defects
            long count = agg ? last - first + 1 : 1;
            return DecodeChecks.trade(new Trade(symbol, time, id, null, price, qty, count, buyerMaker), frame);
        }
    }
}
