package io.minutebars.query.resource;

/** Example bodies shown in the OpenAPI document. */
final class ApiExamples {
    static final String BAR = "{\"exchange\":\"binance\",\"symbol\":\"BTC-USDT\",\"nativeSymbol\":\"BTCUSDT\","
            + "\"interval\":\"1m\",\"openTime\":\"2024-01-01T00:00:00Z\",\"closeTime\":\"2024-01-01T00:01:00Z\","
            + "\"open\":\"42283.58\",\"high\":\"42298.62\",\"low\":\"42261.02\",\"close\":\"42298.61\","
            + "\"volume\":\"35.92724\",\"quoteVolume\":\"1519032.5853\",\"trades\":1327,"
            + "\"vwap\":\"42280.18\",\"takerBuyVolume\":\"18.34\",\"takerBuyQuoteVolume\":\"775500.1\","
            + "\"takerSellVolume\":\"17.58724\",\"takerSellQuoteVolume\":\"743532.4853\","
            + "\"firstTradeId\":\"3359870000\",\"lastTradeId\":\"3359871326\",\"status\":\"COMPLETE\","
            + "\"revision\":0,\"source\":\"LIVE\"}";

    static final String BARS_PAGE = "{\"exchange\":\"binance\",\"symbol\":\"BTC-USDT\",\"interval\":\"1m\","
            + "\"start\":\"2024-01-01T00:00:00Z\",\"end\":\"2024-01-02T00:00:00Z\",\"bars\":[" + BAR + "],"
            + "\"nextCursor\":\"djF8YmluYW5jZXxCVEMtVVNEVHwxbXwxNzA0MTI3MjAwMDAwfDE3MDQxNTM2MDAwMDB8MTAwMA\"}";

    static final String MARKETS = "{\"markets\":[{\"exchange\":\"binance\",\"symbol\":\"BTC-USDT\","
            + "\"nativeSymbol\":\"BTCUSDT\",\"intervals\":[{\"interval\":\"1m\",\"firstOpenTime\":"
            + "\"2024-01-01T00:00:00Z\",\"lastOpenTime\":\"2024-12-31T23:59:00Z\"}]}]}";

    static final String BAD_REQUEST = "{\"type\":\"https://minutebars.io/problems/invalid-parameter\","
            + "\"title\":\"Invalid request parameter\",\"status\":400,\"detail\":\"start must be before end "
            + "(start=2024-01-02T00:00:00Z, end=2024-01-01T00:00:00Z); the range is half-open: "
            + "start <= openTime < end\",\"instance\":\"/api/v1/bars?exchange=binance&symbol=BTC-USDT"
            + "&start=2024-01-02T00:00:00Z&end=2024-01-01T00:00:00Z\",\"parameter\":\"start\"}";

    static final String BAD_SYMBOL = "{\"type\":\"https://minutebars.io/problems/invalid-parameter\","
            + "\"title\":\"Invalid request parameter\",\"status\":400,\"detail\":\"symbol 'BTCUSDT' is "
            + "malformed; use the canonical BASE-QUOTE form like BTC-USDT\",\"instance\":"
            + "\"/api/v1/bars/latest?exchange=binance&symbol=BTCUSDT\",\"parameter\":\"symbol\"}";

    static final String BAD_EXCHANGE = "{\"type\":\"https://minutebars.io/problems/invalid-parameter\","
            + "\"title\":\"Invalid request parameter\",\"status\":400,\"detail\":\"exchange 'Bin@nce' is "
            + "malformed; exchange ids are lower-case words like binance\",\"instance\":"
            + "\"/api/v1/markets?exchange=Bin@nce\",\"parameter\":\"exchange\"}";

    static final String UNKNOWN_EXCHANGE = "{\"type\":\"https://minutebars.io/problems/not-found\",\"title\":"
            + "\"Not found\",\"status\":404,\"detail\":\"unknown exchange 'kraken'; exchanges with stored "
            + "bars: binance\",\"instance\":\"/api/v1/markets?exchange=kraken\",\"parameter\":\"exchange\"}";

    static final String NOT_FOUND = "{\"type\":\"https://minutebars.io/problems/not-found\",\"title\":"
            + "\"Not found\",\"status\":404,\"detail\":\"unknown symbol 'DOGE-EUR' on exchange 'binance'; see "
            + "/api/v1/markets?exchange=binance for the stored markets\",\"instance\":"
            + "\"/api/v1/bars?exchange=binance&symbol=DOGE-EUR\",\"parameter\":\"symbol\"}";

    static final String UNAVAILABLE = "{\"type\":\"https://minutebars.io/problems/storage-unavailable\","
            + "\"title\":\"Storage unavailable\",\"status\":503,\"detail\":\"MongoDB did not answer; retry later\","
            + "\"instance\":\"/api/v1/markets\"}";

    private ApiExamples() {
    }
}
