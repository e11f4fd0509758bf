package io.minutebars.core.resource;

import io.minutebars.core.publish.BarPublisher;
import io.minutebars.core.runtime.ExchangeRuntime;
import io.minutebars.core.runtime.RuntimeState;
import io.minutebars.core.stream.MarketStream;
import io.minutebars.model.Instrument;
import io.minutebars.service.security.ApiKeys;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** What the live path is doing, and a way for operators to force a reconnect. */
@Path("/api/v1/streams")
public class StreamResource {

    @Inject RuntimeState state;
    @Inject ExchangeRuntime runtime;
    @Inject BarPublisher publisher;

    public record StreamStatus(boolean started, String failure, List<String> markets, int connections,
            int connected, long connects, long clock, long pendingBars, long trades, long duplicates,
            long barsClosed, long revisions, long gaps, double publishBufferFill, int suspendedMarkets) {
    }

    @GET
    @Operation(summary = "Watched markets, connections and engine counters")
    public StreamStatus status() {
        List<MarketStream> streams = runtime.streams();
        var engine = state.engine();
        var stats = engine != null ? engine.stats() : null;
        return new StreamStatus(state.started(), state.failure(),
                state.watched().stream().map(Instrument::symbol).toList(), streams.size(),
                (int) streams.stream().filter(MarketStream::connected).count(),
                streams.stream().mapToLong(MarketStream::connections).sum(),
                runtime.clock() != null ? runtime.clock().now() : 0, publisher.pending(),
                stats != null ? stats.trades() : 0, stats != null ? stats.duplicates() : 0,
                stats != null ? stats.closed() : 0, stats != null ? stats.revisions() : 0,
                stats != null ? stats.gaps() : 0, publisher.fill(),
                state.feed() != null ? state.feed().suspendedCount() : 0);
    }

    @POST
    @Path("/reconnect")
    @RolesAllowed(ApiKeys.OPERATOR)
    @Operation(summary = "Drop every connection; each reconnects and resumes from the last trade seen (operator key)")
    public StreamStatus reconnect() {
        runtime.streams().forEach(MarketStream::dropConnection);
        return status();
    }
}
