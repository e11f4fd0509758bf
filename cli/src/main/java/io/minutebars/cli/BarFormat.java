package io.minutebars.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.minutebars.model.Bar;
import io.minutebars.model.Json;
import java.io.PrintWriter;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/** How exported bars are written: CSV with the bar's fields as columns, or one JSON object per line. */
public enum BarFormat {
    csv {
        @Override
        void header(PrintWriter out) {
            out.println(String.join(",", COLUMNS));
        }

        @Override
        void write(JsonNode bar, PrintWriter out) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < COLUMNS.size(); i++) {
                JsonNode value = bar.get(COLUMNS.get(i));
                line.append(i == 0 ? "" : ",").append(value == null || value.isNull() ? "" : quote(value.asText()));
            }
            out.println(line);
        }
    },
    jsonl {
        @Override
        void write(JsonNode bar, PrintWriter out) {
            out.println(Json.write(bar));
        }
    };

    // the canonical bar's fields in declaration order, so a new field becomes a column without a change here
    static final List<String> COLUMNS = Arrays.stream(Bar.class.getRecordComponents()).map(RecordComponent::getName)
            .toList();

    void header(PrintWriter out) {
        // JSON lines have no header
    }

    abstract void write(JsonNode bar, PrintWriter out);

    private static String quote(String value) {
        boolean plain = value.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? value : '"' + value.replace("\"", "\"\"") + '"';
    }
}
