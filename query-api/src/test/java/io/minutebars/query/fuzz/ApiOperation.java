package io.minutebars.query.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A GET operation of the OpenAPI document: its query parameters and the statuses it documents. */
record ApiOperation(String path, List<Param> params, Set<Integer> statuses) {
    private static final Pattern RANGE = Pattern.compile("(-?\\d+)\\.\\.(-?\\d+)");

    /** A query parameter: its example (the valid value, null when none) and the integer range its description gives. */
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
        Matcher m = RANGE.matcher(p.path("description").asText());
        long[] range = m.find() ? new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))} : null;
        return new Param(p.get("name").asText(), p.path("required").asBoolean(), example, range);
    }
}
