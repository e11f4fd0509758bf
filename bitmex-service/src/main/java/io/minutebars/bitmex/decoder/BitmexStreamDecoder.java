package io.minutebars.bitmex.decoder;

import io.minutebars.bitmex.dto.BitmexTableDto;
import io.minutebars.bitmex.dto.BitmexTradeDto;
import io.minutebars.core.engine.Trade;
import io.minutebars.core.stream.DecodeException;
import io.minutebars.model.Json;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Decodes BitMEX realtime frames. {@code trade} table rows of both {@code partial} (the latest trade at
 * subscription) and {@code insert} become trades: trade rows are never updated, so an insert seen
 * before its partial is still a real trade, and the engine drops repeats by {@code trdMatchID}. The
 * welcome, acks and the text {@code pong} yield nothing; a refused request is a {@link DecodeException}.
 */
public final class BitmexStreamDecoder {

    public void decode(String frame, Consumer<Trade> out) {
        if ("pong".equals(frame)) {
            return;
        }
        BitmexTableDto msg;
        try {
            msg = Json.read(frame.getBytes(StandardCharsets.UTF_8), BitmexTableDto.class);
        } catch (IllegalArgumentException e) {
            throw new DecodeException("malformed frame: " + e.getMessage(), frame, e);
        }
        if (msg.error() != null || Boolean.FALSE.equals(msg.success())) {
            throw new DecodeException("request refused: " + msg.error(), frame);
        }
        if (!"trade".equals(msg.table()) || msg.data() == null) {
            return; // welcome, subscribe ack, other tables
        }
        if (!"partial".equals(msg.action()) && !"insert".equals(msg.action())) {
            throw new DecodeException("unexpected action '" + msg.action() + "' on the trade table", frame);
        }
        for (BitmexTradeDto row : msg.data()) {
            BitmexDecoder.trade(row, out);
        }
    }
}
