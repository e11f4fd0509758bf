package io.minutebars.aggregator.resource;

import io.minutebars.aggregator.ledger.IngestErrorEntity;
import io.minutebars.aggregator.ledger.InstrumentEntity;
import io.minutebars.aggregator.repository.LedgerRepository;
import io.minutebars.service.security.ApiKeys;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Read access to the ledger, for operators only (the operator key). */
@Path("/api/v1/ledger")
@RolesAllowed(ApiKeys.OPERATOR)
public class LedgerResource {
    @Inject LedgerRepository ledger;

    @GET
    @Path("/errors")
    @Operation(summary = "Latest ingest errors, newest first")
    public List<IngestErrorEntity> errors(
            @Parameter(description = "exchange id", example = "binance") @QueryParam("exchange") String exchange,
            @Parameter(description = "1..1000", example = "100") @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be within 1..1000, was " + limit);
        }
        return ledger.errors(exchange, limit);
    }

    @GET
    @Path("/instruments")
    @Operation(summary = "The instrument catalog as the exchanges list it")
    public List<InstrumentEntity> instruments(
            @Parameter(description = "exchange id", example = "binance") @QueryParam("exchange") String exchange) {
        return ledger.instruments(exchange);
    }
}
