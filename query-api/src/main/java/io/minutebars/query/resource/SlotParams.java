package io.minutebars.query.resource;

import io.minutebars.model.Interval;
import io.minutebars.query.service.PageRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The interval, range and paging parameters the statistics endpoints (stats, composite, rankings) share. */
public class SlotParams {
    @QueryParam("interval")
    @Parameter(description = "Bar interval (default 1m)", example = "1m")
    Interval interval;

    @QueryParam("start")
    @Parameter(description = "Inclusive start: ISO-8601 instant, UTC date or epoch ms (default: end minus one day)",
            example = "2024-01-01T00:00:00Z")
    Instant start;

    @QueryParam("end")
    @Parameter(description = "Exclusive end (default: now)", example = "2024-01-02T00:00:00Z")
    Instant end;

    @QueryParam("limit")
    @Parameter(description = "Interval slots per page, 1..1440 (default 1000; rankings 60)", example = "60")
    @Min(value = 1, message = ParamBounds.SLOTS)
    @Max(value = ParamBounds.MAX_SLOTS, message = ParamBounds.SLOTS)
    Integer limit;

    @QueryParam("cursor")
    @Parameter(description = "nextCursor of the previous page, unchanged")
    String cursor;

    PageRequest.Range range() {
        return new PageRequest.Range(start, end, limit, cursor);
    }
}
