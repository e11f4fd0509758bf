package io.minutebars.bitmex.decoder;

import io.minutebars.bitmex.dto.BitmexTableDto;
import io.minutebars.bitmex.dto.BitmexTradeDto;
import io.minutebars.core.engine.Trade;
import io.minutebars.core.stream.DecodeChecks;
import io.minutebars.core.stream.DecodeException;
import io.minutebars.model.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Decodes BitMEX realtime frames. {@code trade} table rows of both {@code partial} (the latest trade at
 * subscription) and {@code insert} become trades: trade rows are never updated, so an insert seen
 * before its partial is still a real trade, and the engine drops repeats by {@code trdMatchID}. The
 * welcome, acks and the text {@code pong} yield nothing; a refused request, or a row that is not a valid trade,
 * is a {@link DecodeException} for the whole frame (no trade of a refused frame is emitted).
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
            // the mapper's message may quote the value it could not read: an excerpt only
            throw new DecodeException("malformed frame: " + DecodeChecks.excerpt(e.getMessage(), 300), frame, e);
        }
        if (msg == null) {
            throw new DecodeException("not a JSON object", frame);
        }
        if (msg.error() != null || Boolean.FALSE.equals(msg.success())) {
            throw new DecodeException("request refused: " + DecodeChecks.excerpt(msg.error()), frame);
        }
        if (!"trade".equals(msg.table()) || msg.data() == null) {
            return; // welcome, subscribe ack, other tables
        }
        if (!"partial".equals(msg.action()) && !"insert".equals(msg.action())) {
            throw new DecodeException("unexpected action '" + DecodeChecks.excerpt(msg.action()) + "' on the trade table",
                    frame);
        }
        // the whole frame or nothing: a bad row refuses the rows before it too
        List<Trade> trades = new ArrayList<>(msg.data().size());
        try {
            for (BitmexTradeDto row : msg.data()) {
                BitmexDecoder.trade(row, trades::add);
            }
        } catch (DecodeException e) {
            throw new DecodeException(e.getMessage(), frame, e);
        }
        trades.forEach(out);
    }
}
