package io.minutebars.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The backfill jobs of an exchange service since its start, or one of them. */
@Command(name = "jobs", mixinStandardHelpOptions = true,
        description = "List the backfill jobs of an exchange service since its start, or show one by id.")
public class JobsCommand extends ServiceCommand {
    @Option(names = "--exchange", required = true, description = "one of ${COMPLETION-CANDIDATES}")
    Exchange exchange;
    @Parameters(arity = "0..1", paramLabel = "ID", description = "one job's id")
    String id;

    @Override
    public Integer call() {
        URI service = urls.exchange(exchange);
        if (id != null) {
            out().println(BackfillJobs.describe(client().get(BackfillJobs.job(service, id))));
        } else {
            for (JsonNode job : client().get(BackfillJobs.jobs(service))) {
                out().println(BackfillJobs.describe(job));
            }
        }
        out().flush();
        return 0;
    }
}
