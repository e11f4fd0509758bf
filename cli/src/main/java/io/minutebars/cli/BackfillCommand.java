package io.minutebars.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Starts a backfill on an exchange service and follows the job until it is done or failed. */
@Command(name = "backfill", mixinStandardHelpOptions = true,
        description = "Backfill a market over [start, end) and follow the job (progress on stderr, summary on stdout).")
public class BackfillCommand extends ServiceCommand {
    @Option(names = "--exchange", required = true, description = "one of ${COMPLETION-CANDIDATES}")
    Exchange exchange;
    @Option(names = "--symbol", required = true, description = "the exchange's native symbol, e.g. BTCUSDT or XBTUSD")
    String symbol;
    @Option(names = "--start", required = true, description = "inclusive start, a whole UTC minute (ISO-8601)")
    Instant start;
    @Option(names = "--end", required = true, description = "exclusive end, a whole UTC minute (ISO-8601)")
    Instant end;
    @Option(names = "--poll", paramLabel = "DURATION", defaultValue = "PT1S",
            description = "how often the job is asked for progress (default ${DEFAULT-VALUE})")
    Duration poll;
    @Option(names = "--detach", description = "print the job and return without following it")
    boolean detach;

    @Override
    public Integer call() throws InterruptedException {
        ServiceClient client = client();
        URI service = urls.exchange(exchange);
        JsonNode job = client.post(BackfillJobs.jobs(service), Map.of("symbol", symbol, "start", start, "end", end));
        if (!detach) {
            job = follow(client, service, job.path("id").asText());
        }
        out().println(BackfillJobs.describe(job));
        out().flush();
        if ("FAILED".equals(job.path("state").asText())) {
            throw new CliFailure(CliFailure.PROBLEM, "backfill failed: " + job.path("error").asText());
        }
        return 0;
    }

    private JsonNode follow(ServiceClient client, URI service, String id) throws InterruptedException {
        ProgressBar bar = new ProgressBar(err(), 40);
        JsonNode job = client.get(BackfillJobs.job(service, id));
        while (!BackfillJobs.finished(job)) {
            bar.show(job.path("progress").asDouble(), job.path("state").asText());
            Thread.sleep(poll.toMillis());
            job = client.get(BackfillJobs.job(service, id));
        }
        bar.show(job.path("progress").asDouble(), job.path("state").asText());
        bar.finish();
        return job;
    }
}
