package io.minutebars.core.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded mutations of recorded exchange payloads, for the decoder fuzz tests. Frame {@code i} of a run depends
 * only on the seed and {@code i} ({@link #mutate(int)}), so a failure reproduces from the two numbers printed
 * with it. The seed is {@link #DEFAULT_SEED} unless {@code -Dfuzz.seed=N} (or {@code -Dfuzz.seed=random})
 * says otherwise; {@code -Dfuzz.frames=N} sets the frames per decoder (default 10,000).
 *
 * <p>Mutations: character flips and bit flips, deletions, insertions of JSON-significant or hostile tokens,
 * truncations, duplicated spans, splices of two payloads, numbers rewritten in place; and, on the parsed JSON,
 * values replaced by hostile ones ({@code 1e999999999}, {@code "1e999999999"}, {@code -0}, {@code NaN}, huge
 * integers, {@code null}, booleans, nested containers, very long strings, control and unpaired surrogate
 * characters, out-of-range timestamps...), fields dropped, duplicated or renamed, values swapped or retyped,
 * arrays grown, values nested deeply (beyond the parser's depth limit too); and a few whole frames that are
 * hostile on their own.
 */
public final class FrameMutator {
    public static final String SEED_PROPERTY = "fuzz.seed";
    public static final String FRAMES_PROPERTY = "fuzz.frames";
    public static final long DEFAULT_SEED = 20261127L;
    public static final int DEFAULT_FRAMES = 10_000;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** Values a field can be replaced with (raw JSON text, some of it deliberately not JSON). */
    static final List<String> HOSTILE_VALUES = List.of(
            "1e999999999", "\"1e999999999\"", "-1e999999999", "\"-1E+999999999\"", "1e-999999999", "\"1e-999999999\"",
            "1E+2147483647", "\"1E-2147483648\"", "-0", "\"-0\"", "0", "\"0\"", "0.0", "\"0.00000000\"", "-1", "\"-1\"",
            "-0.5", "\"-0.00000001\"", "NaN", "\"NaN\"", "Infinity", "\"Infinity\"", "-Infinity", "\"-Infinity\"",
            "1.5", "\"1.5e3\"", "1E+2", "\"0x1F\"", "\" 12 \"", "\"1_000\"", "\"+1\"", "\"1.\"", "\".5\"", "\"-\"",
            "\".\"", "\"1e\"", "\"--1\"", "\"1.2.3\"", "\"\\u0661\\u0662\\u0663\"",
            "99999999999999999999999999999999999999", "\"99999999999999999999999999999999999999\"",
            "999999999999999999999999999999999999999999999", "\"0.000000000000000000000000000000000001\"",
            "123456789012345678901234567890123456789012345678901234567890",
            "\"1234567890.12345678901234567890123456789012345678901234567890\"",
            "9223372036854775807", "\"9223372036854775807\"", "9223372036854775808", "-9223372036854775808",
            "-9223372036854775809", "\"12345678901234567890\"", "18446744073709551616", "2147483648", "-2147483649",
            "253402300799999", "253402300800000", "1735689600123456", "1634944096633", "\"1634944096633\"",
            "1.634944096633E12", "-62135596800000",
            "\"+1000000000-01-01T00:00:00Z\"", "\"-1000000000-01-01T00:00:00Z\"", "\"+10000-01-01T00:00:00.000Z\"",
            "\"9999-12-31T23:59:59.999Z\"", "\"10000-01-01T00:00:00.000Z\"", "\"1969-12-31T23:59:59.999Z\"",
            "\"1970-01-01T00:00:00.000Z\"", "\"2021-02-29T00:00:00.000Z\"", "\"2021-07-22T99:99:99.999Z\"",
            "\"0000-00-00T00:00:00.000Z\"", "\"2021-07-22T12:00:00Z\"", "\"2021-07-22 12:00:00\"", "\"yesterday\"",
            "null", "\"null\"", "true", "false", "\"true\"", "\"\"", "\" \"", "[]", "{}", "[[]]", "[null]", "[{}]",
            "{\"a\":{}}", "[1,2,3]", "{\"e\":\"aggTrade\"}", "\"Sell\"", "\"Buy\"", "\"sell\"", "\"SELL\"",
            "\"aggTrade\"", "\"trade\"", "\"partial\"", "\"insert\"", "\"delete\"", "\"publicTrade.BTCUSDT\"",
            "\"BTCUSDT\"", "\"XBTUSD\"", "\"\\u0000\"", "\"\\u001f\"", "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\u00e9\"",
            "\"\u202e\"", "\"\\\\\"", "\"\\\"\"", "\"\ufeff\"", "\"\u0000raw\"", "\"a\u0001b\"", "\"\\/\"");

    /** Tokens inserted into the text. */
    private static final List<String> TOKENS = List.of("\"", "\\", "{", "}", "[", "]", ",", ":", "-", ".", "e", "E",
            "0", "9", " ", "\n", "\u0000", "\ud800", "\u00e9", "\uffff", "null", "true", "1e999999999",
            "\"\\u0000\"", "\\u00e9", "\\\"", "{}", "[]", "\"a\":1,", ",\"p\":\"1\"", "\"\":", "9223372036854775808");

    /** Frames hostile on their own (built lazily: some are large). */
    private static final int WHOLE_FRAMES = 18;
    /** Characters an array may grow by. */
    private static final int MAX_GROWTH = 150_000;

    private final long seed;
    private final List<String> payloads;
    private final List<JsonNode> trees = new ArrayList<>();

    /** A mutator over {@code payloads} with the seed of the run ({@link #seed()}). */
    public FrameMutator(List<String> payloads) {
        this(seed(), payloads);
    }

    public FrameMutator(long seed, List<String> payloads) {
        if (payloads.isEmpty()) {
            throw new IllegalArgumentException("no payload to mutate");
        }
        this.seed = seed;
        this.payloads = List.copyOf(payloads);
        for (String p : this.payloads) {
            JsonNode tree;
            try {
                tree = MAPPER.readTree(p);
            } catch (JsonProcessingException e) {
                tree = null; // not JSON (e.g. a text ping): text mutations only
            }
            trees.add(tree != null && !tree.isMissingNode() ? tree : null);
        }
    }

    /** The run's seed: {@code -Dfuzz.seed} (a number, or {@code random}), else {@link #DEFAULT_SEED}. */
    public static long seed() {
        String v = System.getProperty(SEED_PROPERTY);
        if (v == null || v.isBlank()) {
            return DEFAULT_SEED;
        }
        if ("random".equalsIgnoreCase(v.trim())) {
            return new SecureRandom().nextLong();
        }
        return Long.decode(v.trim());
    }

    /** Frames per decoder: {@code -Dfuzz.frames}, else {@link #DEFAULT_FRAMES}. */
    public static int frames() {
        return Integer.getInteger(FRAMES_PROPERTY, DEFAULT_FRAMES);
    }

    public long seedValue() {
        return seed;
    }

    public List<String> payloads() {
        return payloads;
    }

    /** One mutated frame: which payload it came from, what was done to it, and the frame. */
    public record Mutation(int index, int payload, String ops, String frame) {
    }

    /** Frame {@code index} of this seed's sequence (the same every time). */
    public Mutation mutate(int index) {
        Random r = new Random(mix(seed, index));
        int b = r.nextInt(payloads.size());
        String base = payloads.get(b);
        List<String> ops = new ArrayList<>(4);
        int kind = r.nextInt(100);
        String frame;
        if (kind < 3) {
            ops.add("none");
            frame = base;
        } else if (kind < 6) {
            frame = wholeFrame(r, base, ops);
        } else {
            int n = r.nextInt(4) == 0 ? 2 + r.nextInt(3) : 1;
            JsonNode tree = trees.get(b);
            if (tree != null && r.nextInt(100) < 55) {
                frame = structural(r, tree.deepCopy(), n, ops);
                if (r.nextInt(5) == 0) {
                    frame = textual(r, frame, ops);
                }
            } else {
                frame = base;
                for (int i = 0; i < n; i++) {
                    frame = textual(r, frame, ops);
                }
            }
        }
        return new Mutation(index, b, String.join(" + ", ops), frame);
    }

    /** SplitMix64 of the seed and the index: neighbouring frames get unrelated randoms. */
    static long mix(long seed, long index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    // ---- whole frames ----

    private String wholeFrame(Random r, String base, List<String> ops) {
        int k = r.nextInt(WHOLE_FRAMES);
        ops.add("whole#" + k);
        return switch (k) {
            case 0 -> "";
            case 1 -> " ";
            case 2 -> "null";
            case 3 -> "[]";
            case 4 -> "{}";
            case 5 -> "\"\"";
            case 6 -> "pong";
            case 7 -> "ping";
            case 8 -> "[".repeat(100_000);
            case 9 -> "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000);
            case 10 -> "\ufeff" + base;
            case 11 -> base + base;
            case 12 -> base + " trailing garbage";
            case 13 -> "{" + "\"k\":1,".repeat(20_000) + "\"z\":0}";
            case 14 -> "[" + "1,".repeat(50_000) + "1]";
            case 15 -> "x".repeat(100_000);
            case 16 -> "{\"data\":" + base + "}";
            default -> "[" + base + "]";
        };
    }

    // ---- text mutations ----

    private String textual(Random r, String s, List<String> ops) {
        int len = s.length();
        int op = r.nextInt(10);
        if (len == 0) {
            op = 3; // only an insertion makes sense
        }
        switch (op) {
            case 0 -> {
                int at = r.nextInt(len);
                char c = interestingChar(r);
                ops.add("flip@" + at);
                return s.substring(0, at) + c + s.substring(at + 1);
            }
            case 1 -> {
                int at = r.nextInt(len);
                int bit = r.nextInt(r.nextInt(4) == 0 ? 16 : 8);
                ops.add("bit" + bit + "@" + at);
                return s.substring(0, at) + (char) (s.charAt(at) ^ (1 << bit)) + s.substring(at + 1);
            }
            case 2 -> {
                int at = r.nextInt(len);
                int n = 1 + r.nextInt(r.nextInt(4) == 0 ? Math.max(1, len - at) : Math.min(16, len - at));
                n = Math.min(n, len - at);
                ops.add("delete" + n + "@" + at);
                return s.substring(0, at) + s.substring(at + n);
            }
            case 3 -> {
                int at = len == 0 ? 0 : r.nextInt(len + 1);
                String t = r.nextInt(3) == 0 ? pick(r, HOSTILE_VALUES) : pick(r, TOKENS);
                ops.add("insert@" + at);
                return s.substring(0, at) + t + s.substring(at);
            }
            case 4 -> {
                int at = r.nextInt(len);
                ops.add("truncate@" + at);
                return s.substring(0, at);
            }
            case 5 -> {
                int from = r.nextInt(len);
                int n = 1 + r.nextInt(Math.min(64, len - from));
                int times = r.nextInt(8) == 0 ? 1 + r.nextInt(200) : 1;
                String span = s.substring(from, from + n);
                ops.add("dup" + n + "x" + times + "@" + from);
                return s.substring(0, from + n) + span.repeat(times) + s.substring(from + n);
            }
            case 6 -> {
                String other = payloads.get(r.nextInt(payloads.size()));
                int a = r.nextInt(len + 1);
                int b = other.isEmpty() ? 0 : r.nextInt(other.length() + 1);
                ops.add("splice@" + a + "/" + b);
                return s.substring(0, a) + other.substring(b);
            }
            case 7, 8 -> {
                return number(r, s, ops);
            }
            default -> {
                int at = r.nextInt(len);
                String t = pick(r, TOKENS);
                int n = Math.min(len - at, 1 + r.nextInt(4));
                ops.add("replace" + n + "@" + at);
                return s.substring(0, at) + t + s.substring(at + n);
            }
        }
    }

    /** Rewrites a run of digits (a number, or a number inside a string) with an edge value, keeping the shape. */
    private String number(Random r, String s, List<String> ops) {
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                int j = i;
                while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
                    j++;
                }
                runs.add(new int[] {i, j});
                i = j;
            }
        }
        if (runs.isEmpty()) {
            ops.add("number:none");
            return s;
        }
        int[] run = runs.get(r.nextInt(runs.size()));
        String v = switch (r.nextInt(16)) {
            case 0 -> "0";
            case 1 -> "-1";
            case 2 -> "9223372036854775807";
            case 3 -> "9223372036854775808";
            case 4 -> "99999999999999999999";
            case 5 -> "1e999999999";
            case 6 -> "1" + "0".repeat(r.nextInt(2) == 0 ? 45 : 1500);
            case 7 -> "0." + "0".repeat(60) + "1";
            case 8 -> "0.0";
            case 9 -> "00";
            case 10 -> "1.2.3";
            case 11 -> "253402300800000";
            case 12 -> "-0";
            case 13 -> "";
            case 14 -> s.substring(run[0], run[1]) + s.substring(run[0], run[1]);
            default -> Long.toString(r.nextLong());
        };
        ops.add("number@" + run[0]);
        return s.substring(0, run[0]) + v + s.substring(run[1]);
    }

    private static char interestingChar(Random r) {
        String chars = "\"\\{}[],:-.eE0123456789 \n\t\u0000\u001f\u007f\u00e9\ud800\udc00\uffff\ufeffaz";
        return r.nextInt(6) == 0 ? (char) r.nextInt(0x10000) : chars.charAt(r.nextInt(chars.length()));
    }

    // ---- structure-aware mutations ----

    /** Where a node sits: in an object under {@code field}, in an array at {@code index}, or the root. */
    private record Slot(JsonNode parent, String field, int index, JsonNode node) {
    }

    private static final class Raw {
        final Map<String, String> values = new HashMap<>();
        final Map<String, String> keys = new HashMap<>();

        TextNode value(String raw) {
            String marker = "\u27e6raw" + values.size() + "\u27e7";
            values.put(marker, raw);
            return TextNode.valueOf(marker);
        }

        /** The length of serialised text once its markers are replaced. */
        long length(String text) {
            long n = text.length();
            if (text.indexOf('\u27e6') >= 0) {
                for (var e : values.entrySet()) {
                    if (text.contains(e.getKey())) {
                        n += length(e.getValue());
                    }
                }
            }
            return n;
        }

        String key(String rawKey) {
            String marker = "\u27e6key" + keys.size() + "\u27e7";
            keys.put(marker, rawKey);
            return marker;
        }
    }

    private String structural(Random r, JsonNode root, int n, List<String> ops) {
        Raw raw = new Raw();
        JsonNode[] holder = {root};
        for (int i = 0; i < n; i++) {
            structuralOnce(r, holder, raw, ops);
        }
        String out;
        try {
            out = MAPPER.writeValueAsString(holder[0]);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        for (var e : raw.keys.entrySet()) {
            out = out.replace("\"" + e.getKey() + "\"", e.getValue());
        }
        // markers may nest (a raw value holding a nested marker): replace until none is left
        for (int pass = 0; pass < 4 && out.indexOf('\u27e6') >= 0; pass++) {
            for (var e : raw.values.entrySet()) {
                out = out.replace("\"" + e.getKey() + "\"", e.getValue());
            }
        }
        return out;
    }

    private void structuralOnce(Random r, JsonNode[] holder, Raw raw, List<String> ops) {
        List<Slot> slots = new ArrayList<>();
        collect(holder[0], null, null, -1, slots);
        Slot s = slots.get(r.nextInt(slots.size()));
        int op = r.nextInt(12);
        switch (op) {
            case 0, 1, 2, 3 -> {
                String v = hostile(r);
                ops.add("value " + path(s) + "=" + abbreviate(v));
                replace(holder, s, raw.value(v));
            }
            case 4 -> {
                List<Slot> fields = slots.stream().filter(x -> x.parent() instanceof ObjectNode).toList();
                if (fields.isEmpty()) {
                    ops.add("drop:none");
                    return;
                }
                Slot f = fields.get(r.nextInt(fields.size()));
                ops.add("drop " + path(f));
                ((ObjectNode) f.parent()).remove(f.field());
            }
            case 5 -> {
                List<Slot> fields = slots.stream().filter(x -> x.parent() instanceof ObjectNode).toList();
                if (fields.isEmpty()) {
                    ops.add("dupfield:none");
                    return;
                }
                Slot f = fields.get(r.nextInt(fields.size()));
                String v = r.nextBoolean() ? f.node().toString() : hostile(r);
                ops.add("dupfield " + path(f) + "=" + abbreviate(v));
                ((ObjectNode) f.parent()).set(raw.key(quote(f.field())), raw.value(v));
            }
            case 6 -> {
                List<Slot> fields = slots.stream().filter(x -> x.parent() instanceof ObjectNode).toList();
                if (fields.isEmpty()) {
                    ops.add("rename:none");
                    return;
                }
                Slot f = fields.get(r.nextInt(fields.size()));
                String key = renamed(r, f.field(), (ObjectNode) f.parent());
                ops.add("rename " + path(f) + "->" + abbreviate(key));
                ObjectNode parent = (ObjectNode) f.parent();
                parent.remove(f.field());
                parent.set(raw.key(quote(key)), f.node());
            }
            case 7 -> {
                Slot other = slots.get(r.nextInt(slots.size()));
                if (other == s || isAncestor(s.node(), other.node()) || isAncestor(other.node(), s.node())) {
                    ops.add("swap:none");
                    return;
                }
                ops.add("swap " + path(s) + "<->" + path(other));
                JsonNode a = s.node();
                JsonNode b = other.node();
                replace(holder, s, b.deepCopy());
                replace(holder, other, a.deepCopy());
            }
            case 8 -> {
                ops.add("retype " + path(s));
                replace(holder, s, raw.value(retyped(s.node())));
            }
            case 9 -> {
                int depth = switch (r.nextInt(6)) {
                    case 0 -> 999;
                    case 1 -> 1001;
                    case 2 -> 5000 + r.nextInt(50_000);
                    default -> 1 + r.nextInt(8);
                };
                boolean arrays = r.nextBoolean();
                ops.add("nest" + depth + (arrays ? "[]" : "{}") + " " + path(s));
                String inner = s.node().toString();
                String v = arrays ? "[".repeat(depth) + inner + "]".repeat(depth)
                        : "{\"a\":".repeat(depth) + inner + "}".repeat(depth);
                replace(holder, s, raw.value(v));
            }
            case 10 -> {
                List<Slot> arrays = slots.stream().filter(x -> x.node() instanceof ArrayNode a && !a.isEmpty()).toList();
                if (arrays.isEmpty()) {
                    ops.add("grow:none");
                    return;
                }
                ArrayNode a = (ArrayNode) arrays.get(r.nextInt(arrays.size())).node();
                JsonNode e = a.get(r.nextInt(a.size()));
                int times = r.nextInt(5) == 0 ? 200 + r.nextInt(2000) : 1 + r.nextInt(5);
                // up to about a full page of a thousand trades, not a hundred megabytes
                times = (int) Math.max(1, Math.min(times, MAX_GROWTH / Math.max(1, raw.length(e.toString()))));
                ops.add("grow x" + times);
                for (int i = 0; i < times; i++) {
                    a.add(e.deepCopy());
                }
            }
            default -> {
                String v = longString(r);
                ops.add("long " + path(s) + " (" + v.length() + " chars)");
                replace(holder, s, raw.value(v));
            }
        }
    }

    private static String hostile(Random r) {
        return pick(r, HOSTILE_VALUES);
    }

    private static String longString(Random r) {
        int n = switch (r.nextInt(4)) {
            case 0 -> 100_000;
            case 1 -> 10_000;
            default -> 300 + r.nextInt(3000);
        };
        return switch (r.nextInt(4)) {
            case 0 -> "\"" + "9".repeat(n) + "\"";
            case 1 -> "\"" + "\\u0000".repeat(n / 6 + 1) + "\"";
            case 2 -> "\"0." + "1".repeat(n) + "\"";
            default -> "\"" + "x".repeat(n) + "\"";
        };
    }

    private static String retyped(JsonNode n) {
        if (n.isTextual()) {
            String t = n.asText();
            return t.isEmpty() ? "0" : t; // unquoted: a number when it is one, else not JSON
        }
        if (n.isValueNode()) {
            return quote(n.asText());
        }
        return n.isArray() ? "{}" : "[]";
    }

    private static String renamed(Random r, String key, ObjectNode parent) {
        switch (r.nextInt(5)) {
            case 0 -> {
                return key.isEmpty() ? "x" : key.substring(0, key.length() - 1);
            }
            case 1 -> {
                String up = key.toUpperCase();
                return up.equals(key) ? key.toLowerCase() : up;
            }
            case 2 -> {
                return key + "_";
            }
            case 3 -> {
                List<String> names = new ArrayList<>();
                parent.fieldNames().forEachRemaining(names::add);
                return names.get(r.nextInt(names.size())); // a duplicate of another field
            }
            default -> {
                return "";
            }
        }
    }

    private static void collect(JsonNode n, JsonNode parent, String field, int index, List<Slot> out) {
        out.add(new Slot(parent, field, index, n));
        if (n instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext();) {
                var e = it.next();
                collect(e.getValue(), o, e.getKey(), -1, out);
            }
        } else if (n instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                collect(a.get(i), a, null, i, out);
            }
        }
    }

    private static void replace(JsonNode[] holder, Slot s, JsonNode v) {
        if (s.parent() == null) {
            holder[0] = v;
        } else if (s.parent() instanceof ObjectNode o) {
            if (o.has(s.field())) {
                o.set(s.field(), v);
            }
        } else {
            ArrayNode a = (ArrayNode) s.parent();
            if (s.index() < a.size()) {
                a.set(s.index(), v);
            }
        }
    }

    private static boolean isAncestor(JsonNode maybeAncestor, JsonNode n) {
        if (maybeAncestor == n) {
            return true;
        }
        for (JsonNode c : maybeAncestor) {
            if (isAncestor(c, n)) {
                return true;
            }
        }
        return false;
    }

    private static String path(Slot s) {
        return s.parent() == null ? "$" : s.field() != null ? "." + abbreviate(s.field()) : "[" + s.index() + "]";
    }

    private static String quote(String s) {
        try {
            return MAPPER.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }

    /** At most 80 characters of a text, with its length when cut; control characters shown as escapes. */
    public static String abbreviate(String s) {
        if (s == null) {
            return "null";
        }
        String cut = s.length() > 80 ? s.substring(0, 80) : s;
        StringBuilder b = new StringBuilder(cut.length() + 16);
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            if (c < 0x20 || (c >= 0xd800 && c <= 0xdfff) || c == 0xfeff || c == 0xffff) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        if (s.length() > 80) {
            b.append("... (").append(s.length()).append(" chars)");
        }
        return b.toString();
    }
}
