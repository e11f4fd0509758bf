package io.minutebars.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;

/** How many messages each dead-letter queue holds and why the first few were dead-lettered. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Messages in each dead-letter queue and reasons.")
public class DlqListCommand extends ServiceCommand {
    @Override
    public Integer call() {
        JsonNode listing = client().get(urls.aggregator().resolve(DlqCommand.PATH));
        for (JsonNode queue : listing.path("queues")) {
            out().printf("%s (%s): %d messages%n", queue.path("name").asText(), queue.path("queue").asText(),
                    queue.path("messages").asLong());
            for (JsonNode reason : queue.path("reasons")) {
                out().println("  " + reason.asText());
            }
        }
        out().flush();
        return 0;
    }
}
