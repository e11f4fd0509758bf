package io.minutebars.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;

/** The backfill API of an exchange service ({@code /api/v1/backfill}) and the one-line form of its jobs. */
final class BackfillJobs {
    static final String PATH = "/api/v1/backfill";

    private BackfillJobs() {
    }

    static URI jobs(URI service) {
        return service.resolve(PATH);
    }

    static URI job(URI service, String id) {
        return service.resolve(PATH + "/" + id);
    }

    static boolean finished(JsonNode job) {
        String state = job.path("state").asText();
        return "DONE".equals(state) || "FAILED".equals(state);
    }

    static String describe(JsonNode job) {
        String line = String.format("%s %-7s %s [%s, %s) %.1f%% trades=%d bars=%d",
                job.path("id").asText(), job.path("state").asText(), job.path("symbol").asText(),
                job.path("start").asText(), job.path("end").asText(), job.path("progress").asDouble() * 100,
                job.path("tradesRead").asLong(), job.path("barsPublished").asLong());
        return job.hasNonNull("error") ? line + " error=" + job.get("error").asText() : line;
    }
}
