package io.minutebars.simulator.bybit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.minutebars.model.Json;
import io.minutebars.simulator.clock.Simulation;
import io.minutebars.simulator.clock.Venue;
import io.minutebars.simulator.market.ExchangeId;
import io.minutebars.simulator.market.ExchangeMarket;
import io.minutebars.simulator.stream.Replies;
import io.minutebars.simulator.stream.StreamSession;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bybit v5 public control messages: {@code subscribe}/{@code unsubscribe} to {@code publicTrade.<symbol>}
 * (at most 10 args per request) and {@code ping}, answered with Bybit's {@code success/ret_msg} replies.
 */
final class BybitControl {
    static final String TOPIC = "publicTrade.";
    static final int MAX_ARGS = 10;
    private final Simulation simulation;
    private final String listedCategory;

    BybitControl(Simulation simulation, String listedCategory) {
        this.simulation = simulation;
        this.listedCategory = listedCategory;
    }

    Uni<Void> handle(StreamSession session, String category, String message) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(message);
        } catch (JsonProcessingException e) {
            root = null;
        }
        String conn = session.connection().id();
        if (root == null || !root.isObject()) {
            return send(session, reply(false, "Invalid request: not a JSON object", conn, null, ""));
        }
        JsonNode reqId = root.get("req_id");
        String op = root.path("op").asText("");
        if (op.equals("ping")) {
            return send(session, reply(true, "pong", conn, reqId, "ping"));
        }
        if (!op.equals("subscribe") && !op.equals("unsubscribe")) {
            return send(session, reply(false, "Invalid op: '" + op + "'", conn, reqId, op));
        }
        JsonNode args = root.path("args");
        if (!args.isArray() || args.isEmpty() || args.size() > MAX_ARGS) {
            return send(session, reply(false, "args size must be 1.." + MAX_ARGS, conn, reqId, op));
        }
        Venue venue = simulation.venue(ExchangeId.BYBIT);
        List<String> topics = new ArrayList<>();
        List<ExchangeMarket> markets = new ArrayList<>();
        for (JsonNode arg : args) {
            String topic = arg.asText("");
            Optional<ExchangeMarket> market = topic.startsWith(TOPIC) && category.equals(listedCategory)
                    ? venue.market(topic.substring(TOPIC.length())) : Optional.empty();
            if (market.isEmpty()) {
                return send(session, reply(false, "Invalid topic: " + topic, conn, reqId, op));
            }
            topics.add(topic);
            markets.add(market.get());
        }
        String ack = reply(true, category.equals("spot") ? op : "", conn, reqId, op);
        long now = simulation.advance();
        return Replies.inOrder(session.connection(), List.of(ack), () -> {
            for (int i = 0; i < topics.size(); i++) {
                if (op.equals("subscribe")) {
                    String symbol = markets.get(i).symbol();
                    session.subscribe(topics.get(i), markets.get(i), StreamSession.lastId(venue.store(), symbol, now));
                } else {
                    session.unsubscribe(topics.get(i));
                }
            }
        });
    }

    private static Uni<Void> send(StreamSession session, String frame) {
        return session.connection().sendText(frame);
    }

    private static String reply(boolean success, String retMsg, String connId, JsonNode reqId, String op) {
        ObjectNode r = Json.mapper().createObjectNode();
        r.put("success", success);
        r.put("ret_msg", retMsg);
        r.put("conn_id", connId);
        if (reqId != null && !reqId.isNull()) {
            r.set("req_id", reqId);
        }
        r.put("op", op);
        return r.toString();
    }
}
