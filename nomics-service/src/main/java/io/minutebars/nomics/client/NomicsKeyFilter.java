package io.minutebars.nomics.client;

import io.minutebars.nomics.config.NomicsConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.UriBuilder;

/**
 * Adds the API key to every request as Nomics wants it ({@code key=} query parameter), in this one place,
 * so it appears in no method signature and no call site; failures are scrubbed by {@link NomicsFailures}.
 */
public class NomicsKeyFilter implements ClientRequestFilter {
    @Inject NomicsConfig nomics;

    @Override
    public void filter(ClientRequestContext request) {
        nomics.apiKey().filter(k -> !k.isBlank()).ifPresent(k ->
                request.setUri(UriBuilder.fromUri(request.getUri()).queryParam("key", k).build()));
    }
}
