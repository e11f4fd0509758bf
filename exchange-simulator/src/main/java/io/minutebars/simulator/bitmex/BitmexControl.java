package io.minutebars.simulator.bitmex;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.minutebars.model.Json;
import io.minutebars.simulator.api.IsoTimes;
import io.minutebars.simulator.clock.Simulation;
import io.minutebars.simulator.clock.Venue;
import io.minutebars.simulator.market.AggTrade;
import io.minutebars.simulator.market.ExchangeId;
import io.minutebars.simulator.market.ExchangeMarket;
import io.minutebars.simulator.stream.Replies;
import io.minutebars.simulator.stream.StreamSession;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * BitMEX realtime control: the welcome, text {@code ping} / {@code pong}, and {@code subscribe} /
 * {@code unsubscribe} of {@code trade:<symbol>}: one ack per topic, then a {@code partial} with the most
 * recent trade, then {@code insert}s of the trades after it.
 */
final class BitmexControl {
    private static final String TABLE = "trade";
    private final Simulation simulation;

    BitmexControl(Simulation simulation) {
        this.simulation = simulation;
    }

    String welcome() {
        return "{\"info\":\"Welcome to the BitMEX Realtime API.\",\"version\":\"simulator\",\"timestamp\":\""
                + IsoTimes.millis(simulation.clock().now())
                + "\",\"docs\":\"https://www.bitmex.com/app/wsAPI\",\"limit\":{\"remaining\":39}}";
    }

    Uni<Void> handle(StreamSession session, String message) {
        if (message.trim().equals("ping")) {
            return session.connection().sendText("pong");
        }
        JsonNode request;
        try {
            request = Json.mapper().readTree(message);
        } catch (JsonProcessingException e) {
            request = null;
        }
        if (request == null || !request.isObject()) {
            return session.connection().sendText("{\"status\":400,\"error\":\"Unrecognized request. See the docs or "
                    + "send 'help' for more details.\",\"meta\":{},\"request\":{}}");
        }
        String op = request.path("op").asText("");
        if (!op.equals("subscribe") && !op.equals("unsubscribe")) {
            return session.connection().sendText(failure("Unknown or unsupported op: '" + op + "'", request));
        }
        JsonNode args = request.path("args");
        List<JsonNode> list = new ArrayList<>();
        args.forEach(list::add);
        if (args.isTextual()) {
            list.add(args);
        }
        Venue venue = simulation.venue(ExchangeId.BITMEX);
        long now = simulation.advance();
        List<String> acks = new ArrayList<>();
        List<String> partials = new ArrayList<>();
        List<Runnable> activations = new ArrayList<>();
        for (JsonNode arg : list) {
            String topic = arg.asText("");
            int colon = topic.indexOf(':');
            String table = colon < 0 ? topic : topic.substring(0, colon);
            Optional<ExchangeMarket> market = colon < 0 ? Optional.empty() : venue.market(topic.substring(colon + 1));
            if (!table.equals(TABLE)) {
                acks.add(failure("Unknown table: " + table, request));
            } else if (market.isEmpty()) {
                acks.add(failure("Unknown or expired symbol: '" + topic + "'.", request));
            } else if (op.equals("unsubscribe")) {
                acks.add(success(op, topic, request));
                activations.add(() -> session.unsubscribe(topic));
            } else if (session.subscribed(topic)) {
                acks.add(failure("You are already subscribed to this topic: " + topic, request));
            } else {
                ExchangeMarket m = market.get();
                List<AggTrade> latest = venue.store().latest(m.symbol(), now, 1);
                acks.add(success(op, topic, request));
                partials.add(BitmexJson.partial(m, latest));
                long cursor = latest.isEmpty() ? -1 : latest.get(0).id();
                activations.add(() -> session.subscribe(topic, m, cursor));
            }
        }
        acks.addAll(partials);
        return Replies.inOrder(session.connection(), acks, () -> activations.forEach(Runnable::run));
    }

    private static String success(String op, String topic, JsonNode request) {
        ObjectNode r = Json.mapper().createObjectNode();
        r.put("success", true);
        r.put(op, topic);
        r.set("request", request);
        return r.toString();
    }

    private static String failure(String error, JsonNode request) {
        ObjectNode r = Json.mapper().createObjectNode();
        r.put("success", false);
        r.put("error", error);
        r.set("request", request);
        return r.toString();
    }
}
