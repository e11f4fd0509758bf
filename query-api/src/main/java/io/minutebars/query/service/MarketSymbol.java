package io.minutebars.query.service;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A canonical symbol BASE-QUOTE, upper-cased (any case is accepted): BTC-USDT. */
@Schema(name = "Symbol", type = SchemaType.STRING, pattern = "^[A-Za-z0-9]{1,20}-[A-Za-z0-9]{1,20}$",
        examples = "BTC-USDT", description = "Canonical symbol BASE-QUOTE; any case is accepted")
public record MarketSymbol(String value) {
}
