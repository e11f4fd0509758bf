package io.minutebars.bybit.decoder;

import io.minutebars.bybit.dto.PublicTradeDto;
import io.minutebars.core.engine.Trade;
import io.minutebars.core.stream.DecodeChecks;
import io.minutebars.core.stream.DecodeException;
import io.minutebars.model.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Decodes Bybit public WebSocket frames: {@code publicTrade.*} pushes become trades (the side is the
 * taker's; ids carry no order, so seq -1 and the engine deduplicates by id); acks and pongs yield
 * nothing; a refused subscription or an incomplete or invalid trade ({@code Trade.defect()}) is a
 * {@link DecodeException}, for the whole frame: no trade of a refused frame is emitted.
 */
public final class BybitStreamDecoder {

    public void decode(String frame, Consumer<Trade> out) {
        PublicTradeDto msg;
        try {
            msg = Json.read(frame.getBytes(StandardCharsets.UTF_8), PublicTradeDto.class);
        } catch (IllegalArgumentException e) {
            // the mapper's message may quote the value it could not read: an excerpt only
            throw new DecodeException("malformed frame: " + DecodeChecks.excerpt(e.getMessage(), 300), frame, e);
        }
        if (msg == null) {
            throw new DecodeException("not a JSON object", frame);
        }
        if (msg.op() != null) {
            if (Boolean.FALSE.equals(msg.success())) {
                throw new DecodeException("request refused: " + DecodeChecks.excerpt(msg.retMsg()), frame);
            }
            return; // subscribe ack or pong
        }
        if (msg.topic() == null || !msg.topic().startsWith("publicTrade.") || msg.data() == null) {
            return; // other topics are not trades
        }
        List<Trade> trades = new ArrayList<>(msg.data().size());
        for (PublicTradeDto.Row r : msg.data()) {
            if (r == null || r.time() == null || r.symbol() == null || r.side() == null || r.size() == null
                    || r.price() == null || r.id() == null) {
                throw new DecodeException("publicTrade row lacks a required field", frame);
            }
            trades.add(DecodeChecks.trade(new Trade(r.symbol(), r.time(), -1, r.id(), r.price(), r.size(), 1,
                    "Sell".equals(r.side())), frame));
        }
        trades.forEach(out);
    }
}
