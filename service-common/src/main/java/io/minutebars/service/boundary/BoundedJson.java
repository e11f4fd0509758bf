package io.minutebars.service.boundary;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.minutebars.model.Json;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Quarkus' own mapper (REST bodies served and read by REST clients, e.g. an exchange's answers) refuses
 * decimals beyond the bounds too, not only the wire mapper of {@link Json}.
 */
@Singleton
public class BoundedJson implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(Json.boundedDecimals());
    }
}
