package io.minutebars.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Moves dead letters back to where they came from, once their cause is fixed. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Replay dead letters to their original exchange and routing key.")
public class DlqReplayCommand extends ServiceCommand {
    enum Queue { bars, events }

    @Option(names = "--queue", description = "${COMPLETION-CANDIDATES}; both when absent")
    Queue queue;
    @Option(names = "--limit", description = "most messages per queue (the service's replay-max when absent)")
    Integer limit;

    @Override
    public Integer call() {
        StringBuilder query = new StringBuilder();
        if (queue != null) {
            query.append("queue=").append(queue);
        }
        if (limit != null) {
            query.append(query.isEmpty() ? "" : "&").append("limit=").append(limit);
        }
        URI replay = urls.aggregator().resolve(DlqCommand.PATH + "/replay" + (query.isEmpty() ? "" : "?" + query));
        JsonNode result = client().post(replay, null);
        for (JsonNode done : result.path("queues")) {
            out().printf("%s: replayed %d, skipped %d%s%n", done.path("name").asText(), done.path("replayed").asInt(),
                    done.path("skipped").asInt(), done.hasNonNull("stoppedBecause")
                            ? " (stopped: " + done.get("stoppedBecause").asText() + ")" : "");
        }
        out().printf("replayed %d%n", result.path("replayed").asInt());
        out().flush();
        return 0;
    }
}
