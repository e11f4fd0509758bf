package io.minutebars.binance.decoder;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.minutebars.core.engine.Trade;
import io.minutebars.core.stream.DecodeException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Consumer;

/**
 * Decodes Binance WebSocket frames with Jackson's streaming parser (no tree, no reflection): combined
 * {@code {"stream":..,"data":{..}}} or raw events. {@code aggTrade} events become trades standing for
 * {@code l - f + 1} raw trades with the aggregate id as sequence; {@code trade} events become single
 * trades. Subscription replies, {@code serverShutdown} and unknown events yield nothing; error replies
 * and malformed or incomplete trades throw {@link DecodeException}.
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
                throw new DecodeException("stream error " + e.errorCode + ": " + e.errorMsg, frame);
            }
            if (e.type == null) {
                return; // {"result":null,"id":1} and other control replies
            }
            Trade t = e.toTrade(frame);
            if (t != null) {
                out.accept(t);
            }
        } catch (IOException | NumberFormatException e) {
            throw new DecodeException("malformed frame: " + e.getMessage(), frame, e);
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
                case "e" -> e.type = p.getValueAsString();
                case "s" -> e.symbol = p.getValueAsString();
                case "a" -> e.aggId = p.getLongValue();
                case "t" -> e.tradeId = p.getLongValue();
                case "p" -> e.price = decimal(p);
                case "q" -> e.qty = decimal(p);
                case "f" -> e.first = p.getLongValue();
                case "l" -> e.last = p.getLongValue();
                case "T" -> e.time = p.getLongValue();
                case "m" -> e.buyerMaker = p.getBooleanValue();
                case "code" -> e.errorCode = top ? p.getValueAsString() : e.errorCode;
                case "msg" -> e.errorMsg = p.getValueAsString();
                default -> p.skipChildren();
            }
        }
    }

    private static BigDecimal decimal(JsonParser p) throws IOException {
        return p.currentToken() == JsonToken.VALUE_STRING ? new BigDecimal(p.getText()) : p.getDecimalValue();
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
            long count = agg ? last - first + 1 : 1;
            return new Trade(symbol, time, id, null, price, qty, count, buyerMaker);
        }
    }
}
