package io.minutebars.query.resource;

import io.minutebars.service.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents, in one place, the answers every {@code /api/v1} operation may give because of the API's limits: 401
 * (read keys configured), 414, 429 (rate limit) and 503 (time budget, statistics concurrency cap, storage).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class LimitsOpenApi implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        openApi.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/v1/")) {
                item.getOperations().values().forEach(op -> document(op.getResponses()));
            }
        });
    }

    private static void document(APIResponses responses) {
        add(responses, "401", problem("A read key is needed (when read keys are configured): send it as X-API-Key "
                + "or Authorization: Bearer"));
        add(responses, "414", problem("The request URI is too long"));
        add(responses, "429", problem("This client (its key, else its address) sent more requests than its rate "
                + "limit; wait Retry-After seconds").addHeader("Retry-After", header("Seconds until a request is "
                + "allowed again")));
        add(responses, "503", problem("The request exceeded its time budget and was stopped, too many statistics "
                + "requests are being computed, or storage is unavailable; retry after Retry-After seconds")
                .addHeader("Retry-After", header("Seconds to wait before retrying")));
        APIResponse ok = responses.getAPIResponse("200");
        if (ok != null) {
            ok.addHeader("RateLimit-Limit", header("The client's burst: requests its bucket holds"))
                    .addHeader("RateLimit-Remaining", header("Requests left in the bucket"))
                    .addHeader("RateLimit-Reset", header("Seconds until the bucket is full again"));
        }
    }

    private static void add(APIResponses responses, String status, APIResponse response) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, response);
        }
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))));
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER));
    }
}
