package io.minutebars.query.service;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A well-formed exchange id, lower-cased (any case is accepted): binance. */
@Schema(name = "ExchangeId", type = SchemaType.STRING, pattern = "^[a-z][a-z0-9_]{1,31}$", examples = "binance",
        description = "Exchange id; any case is accepted")
public record ExchangeId(String value) {
}
