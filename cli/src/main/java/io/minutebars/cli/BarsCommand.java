package io.minutebars.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Exports a range of bars from query-api, page by page ({@code nextCursor}), as it arrives. */
@Command(name = "bars", mixinStandardHelpOptions = true,
        description = "Export the bars of one market in [start, end) to stdout or a file, following every page.")
public class BarsCommand extends ServiceCommand {
    @Option(names = "--exchange", required = true, description = "exchange id, e.g. binance")
    String exchange;
    @Option(names = "--symbol", required = true, description = "canonical symbol BASE-QUOTE, e.g. BTC-USDT")
    String symbol;
    @Option(names = "--interval", defaultValue = "1m", description = "bar interval (default ${DEFAULT-VALUE})")
    String interval;
    @Option(names = "--start", required = true, description = "inclusive start: ISO-8601 instant, UTC date or epoch ms")
    String start;
    @Option(names = "--end", required = true, description = "exclusive end: ISO-8601 instant, UTC date or epoch ms")
    String end;
    @Option(names = "--format", defaultValue = "csv", description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    BarFormat format;
    @Option(names = "--output", paramLabel = "FILE", description = "write here instead of stdout")
    Path output;
    @Option(names = "--page-size", defaultValue = "1000", description = "bars per request, 1..10000 (default ${DEFAULT-VALUE})")
    int pageSize;

    @Override
    public Integer call() throws IOException {
        if (output == null) {
            return export(out());
        }
        try (PrintWriter file = new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
            return export(file);
        }
    }

    private int export(PrintWriter sink) {
        ServiceClient client = client();
        URI bars = urls.query().resolve("/api/v1/bars");
        URI next = URI.create(bars + "?exchange=" + enc(exchange) + "&symbol=" + enc(symbol) + "&interval="
                + enc(interval) + "&start=" + enc(start) + "&end=" + enc(end) + "&limit=" + pageSize);
        format.header(sink);
        long count = 0;
        int pages = 0;
        while (next != null) {
            JsonNode page = client.get(next);
            for (JsonNode bar : page.path("bars")) {
                format.write(bar, sink);
                count++;
            }
            sink.flush(); // each page reaches the reader before the next is asked for
            pages++;
            String cursor = page.path("nextCursor").asText(null);
            // the cursor carries the whole query (signed), so it is sent alone, as in the Link header
            next = cursor == null ? null : URI.create(bars + "?cursor=" + enc(cursor));
        }
        err().printf("exported %d bars in %d pages%n", count, pages);
        err().flush();
        return 0;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
