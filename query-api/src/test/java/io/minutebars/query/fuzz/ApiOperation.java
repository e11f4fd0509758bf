package io.minutebars.query.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A GET operation of the OpenAPI document: its query parameters and the statuses it documents. */
record ApiOperation(String path, List<Param> params, Set<Integer> statuses) {
    private static final Pattern RANGE = Pattern.compile("(-?\\d+)\\.\\.(-?\\d+)");

    /** A query parameter: its example (the valid value, null when none) and its integer range (schema or description). */
    record Param(String name, boolean required, String example, long[] range) {
    }

    /** Every GET operation of the document, in its order. */
    static List<ApiOperation> all(JsonNode openApi) {
        List<ApiOperation> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = openApi.get("paths").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            JsonNode get = path.getValue().get("get");
            if (get == null) {
                continue;
            }
            List<Param> params = new ArrayList<>();
            for (JsonNode p : get.path("parameters")) {
                if ("query".equals(p.path("in").asText())) {
                    params.add(param(p));
                }
            }
            Set<Integer> statuses = new TreeSet<>();
            get.path("responses").fieldNames().forEachRemaining(code -> statuses.add(Integer.parseInt(code)));
            out.add(new ApiOperation(path.getKey(), params, statuses));
        }
        return out;
    }

    private static Param param(JsonNode p) {
        String example = p.has("example") ? p.get("example").asText() : null;
        // the schema's bounds (Bean Validation on the parameter), else a range in the description ("1..10000")
        JsonNode schema = p.path("schema");
        Matcher m = RANGE.matcher(p.path("description").asText());
        long[] range = schema.has("minimum") && schema.has("maximum")
                ? new long[] {schema.get("minimum").asLong(), schema.get("maximum").asLong()}
                : m.find() ? new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))} : null;
        return new Param(p.get("name").asText(), p.path("required").asBoolean(), example, range);
    }

    /** The examples, with small pages (a short run) and no cursor (it must agree with the other parameters). */
    Map<String, String> validValues() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Param p : params) {
            if (!p.name().equals("cursor") && p.example() != null) {
                out.put(p.name(), p.name().equals("limit") ? "10" : p.example());
            }
        }
        return out;
    }

    /**
     * The most work a valid request can ask for: the largest page and ({@code all}) every other bounded parameter
     * at its maximum, over the days of stored bars where the longest windows are met.
     */
    Map<String, String> largest(Map<String, String> valid, boolean all) {
        Map<String, String> out = new LinkedHashMap<>(valid);
        for (Param p : params) {
            if (p.range() != null && (all || p.name().equals("limit"))) {
                out.put(p.name(), Long.toString(p.range()[1]));
            }
        }
        if (out.containsKey("start")) {
            out.put("start", "2024-01-02T00:00:00Z");
            out.put("end", "2024-01-04T00:00:00Z");
        }
        return out;
    }

    /** The values with one of them replaced (null: left out). */
    static Map<String, String> with(Map<String, String> values, String name, String value) {
        Map<String, String> out = new LinkedHashMap<>(values);
        out.put(name, value);
        return out;
    }
}
