package io.minutebars.simulator.binance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.minutebars.model.Json;
import io.minutebars.simulator.clock.Simulation;
import io.minutebars.simulator.clock.Venue;
import io.minutebars.simulator.market.ExchangeId;
import io.minutebars.simulator.market.ExchangeMarket;
import io.minutebars.simulator.stream.StreamSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Binance's live control messages: SUBSCRIBE, UNSUBSCRIBE, LIST_SUBSCRIPTIONS, SET_PROPERTY and
 * GET_PROPERTY ("combined"), with Binance's error replies (code 2 invalid request, code 3 invalid JSON).
 */
final class BinanceControl {
    private final Simulation simulation;

    BinanceControl(Simulation simulation) {
        this.simulation = simulation;
    }

    String handle(StreamSession session, String message) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(message);
        } catch (JsonProcessingException e) {
            return error(3, "Invalid JSON: " + e.getOriginalMessage(), null);
        }
        if (root == null || !root.isObject()) {
            return error(2, "Invalid request: expected a JSON object", null);
        }
        JsonNode id = root.get("id");
        JsonNode method = root.get("method");
        if (method == null || !method.isTextual()) {
            return error(2, "Invalid request: missing field `method`", id);
        }
        JsonNode params = root.path("params");
        switch (method.asText()) {
            case "SUBSCRIBE":
            case "UNSUBSCRIBE":
                return subscription(session, method.asText().equals("SUBSCRIBE"), params, id);
            case "LIST_SUBSCRIPTIONS":
                ObjectNode list = result(id);
                ArrayNode streams = list.putArray("result");
                session.streams().forEach(streams::add);
                return list.toString();
            case "SET_PROPERTY":
                if (params.size() != 2 || !"combined".equals(params.path(0).asText())) {
                    return error(0, "Unknown property", id);
                }
                if (!params.get(1).isBoolean()) {
                    return error(1, "Invalid value type: expected Boolean", id);
                }
                frames(session).combined(params.get(1).asBoolean());
                return result(id).toString();
            case "GET_PROPERTY":
                if (params.size() != 1 || !"combined".equals(params.path(0).asText())) {
                    return error(0, "Unknown property", id);
                }
                return result(id).put("result", frames(session).combined()).toString();
            default:
                return error(2, "Invalid request: unknown variant `" + method.asText() + "`, expected one of "
                        + "`SUBSCRIBE`, `UNSUBSCRIBE`, `LIST_SUBSCRIPTIONS`, `SET_PROPERTY`, `GET_PROPERTY`", id);
        }
    }

    private String subscription(StreamSession session, boolean subscribe, JsonNode params, JsonNode id) {
        if (!params.isArray()) {
            return error(2, "Invalid request: `params` must be an array of stream names", id);
        }
        List<String> names = new ArrayList<>();
        List<ExchangeMarket> markets = new ArrayList<>();
        for (JsonNode p : params) {
            Optional<ExchangeMarket> market = p.isTextual() ? StreamNames.market(binance(), p.asText())
                    : Optional.empty();
            if (market.isEmpty()) {
                return error(2, "Invalid request: unknown stream '" + p.asText() + "'", id);
            }
            names.add(p.asText());
            markets.add(market.get());
        }
        long now = simulation.advance();
        for (int i = 0; i < names.size(); i++) {
            if (subscribe) {
                session.subscribe(names.get(i), markets.get(i),
                        StreamSession.lastId(simulation.store(), markets.get(i).symbol(), now));
            } else {
                session.unsubscribe(names.get(i));
            }
        }
        return result(id).toString();
    }

    private Venue binance() {
        return simulation.venue(ExchangeId.BINANCE);
    }

    private static BinanceFrames frames(StreamSession session) {
        return (BinanceFrames) session.format();
    }

    private static ObjectNode result(JsonNode id) {
        ObjectNode reply = Json.mapper().createObjectNode();
        reply.putNull("result");
        reply.set("id", id == null ? Json.mapper().nullNode() : id);
        return reply;
    }

    static String error(int code, String msg, JsonNode id) {
        ObjectNode reply = Json.mapper().createObjectNode();
        reply.put("code", code);
        reply.put("msg", msg);
        if (id != null) {
            reply.set("id", id);
        }
        return reply.toString();
    }
}
