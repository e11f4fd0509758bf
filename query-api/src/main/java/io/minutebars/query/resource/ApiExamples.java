package io.minutebars.query.resource;

/** Example bodies shown in the OpenAPI document. */
final class ApiExamples {
    /** A page cursor, signed with the dev profile's secret (another deployment's secret refuses it). */
    static final String CURSOR = "djJ8YmluYW5jZXxCVEMtVVNEVHwxbXwxNzA0MTI3MjAwMDAwfDE3MDQxNTM2MDAwMDB8MTAwMA.BAI96Azc02TBxUAMmUZLy64vR4xwD4BOAVOWzsCU2Rg";

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
            + "\"nextCursor\":\"" + CURSOR + "\"}";

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

    static final String STATS_PAGE = "{\"exchange\":\"binance\",\"symbol\":\"BTC-USDT\",\"interval\":\"1m\","
            + "\"start\":\"2024-01-01T02:00:00Z\",\"end\":\"2024-01-01T02:02:00Z\",\"parameters\":{\"rsiPeriod\":14,"
            + "\"rsiWarmup\":100,\"volWindow\":20,\"returnPeriods\":5,\"periodsPerYear\":525600.0,"
            + "\"maxCarryBars\":1440},\"points\":[{\"openTime\":\"2024-01-01T02:00:00Z\",\"status\":\"COMPLETE\","
            + "\"price\":\"42410.5\",\"rsi\":{\"value\":\"61.23456789\",\"warmup\":115,\"quality\":\"exact\","
            + "\"reason\":null},\"simpleReturn\":{\"value\":\"0.000712356128\",\"warmup\":6,\"quality\":\"exact\","
            + "\"reason\":null},\"logReturnStdev\":{\"value\":\"0.000421876543\",\"warmup\":21,\"quality\":"
            + "\"filled\",\"reason\":null},\"annualizedVolatility\":{\"value\":\"0.305856123456\",\"warmup\":21,"
            + "\"quality\":\"filled\",\"reason\":null}},{\"openTime\":\"2024-01-01T02:01:00Z\",\"status\":\"GAP\","
            + "\"price\":null,\"rsi\":{\"value\":null,\"warmup\":115,\"quality\":null,\"reason\":"
            + "\"bar 2024-01-01T02:01:00Z is GAP\"},\"simpleReturn\":{\"value\":null,\"warmup\":6,\"quality\":null,"
            + "\"reason\":\"bar 2024-01-01T02:01:00Z is GAP\"},\"logReturnStdev\":{\"value\":null,\"warmup\":21,"
            + "\"quality\":null,\"reason\":\"bar 2024-01-01T02:01:00Z is GAP\"},\"annualizedVolatility\":{\"value\":"
            + "null,\"warmup\":21,\"quality\":null,\"reason\":\"bar 2024-01-01T02:01:00Z is GAP\"}}],"
            + "\"nextCursor\":null}";

    static final String COMPOSITE_PAGE = "{\"base\":\"BTC\",\"family\":\"usd\",\"quotes\":[\"USD\",\"USDT\","
            + "\"USDC\"],\"interval\":\"1m\",\"start\":\"2024-01-01T00:00:00Z\",\"end\":\"2024-01-01T00:01:00Z\","
            + "\"markets\":[{\"exchange\":\"binance\",\"symbol\":\"BTC-USDT\",\"firstOpenTime\":"
            + "\"2023-01-01T00:00:00Z\"},{\"exchange\":\"bitmex\",\"symbol\":\"BTC-USD\",\"firstOpenTime\":"
            + "\"2023-01-01T00:00:00Z\"},{\"exchange\":\"bybit\",\"symbol\":\"BTC-USDT\",\"firstOpenTime\":"
            + "\"2023-01-01T00:00:00Z\"}],\"bars\":[{\"openTime\":\"2024-01-01T00:00:00Z\",\"closeTime\":"
            + "\"2024-01-01T00:01:00Z\",\"open\":\"42281.1\",\"high\":\"42299.2\",\"low\":\"42260.4\",\"close\":"
            + "\"42297.9\",\"volume\":\"50\",\"quoteVolume\":\"2114000\",\"vwap\":\"42280\",\"quality\":\"exact\","
            + "\"reason\":null,\"constituents\":[{\"exchange\":\"binance\",\"symbol\":\"BTC-USDT\",\"status\":"
            + "\"COMPLETE\",\"price\":\"42280.18\",\"volume\":\"35\",\"weight\":\"0.7\"},{\"exchange\":\"bybit\","
            + "\"symbol\":\"BTC-USDT\",\"status\":\"COMPLETE\",\"price\":\"42279.58\",\"volume\":\"15\",\"weight\":"
            + "\"0.3\"}],\"exclusions\":[{\"exchange\":\"bitmex\",\"symbol\":\"BTC-USD\",\"reason\":\"no trades\"}]}],"
            + "\"nextCursor\":null}";

    static final String RANKINGS_PAGE = "{\"interval\":\"1m\",\"exchange\":null,\"n\":1,\"returnPeriods\":5,"
            + "\"start\":\"2024-01-01T00:10:00Z\",\"end\":\"2024-01-01T00:11:00Z\",\"markets\":3,\"rankings\":[{"
            + "\"openTime\":\"2024-01-01T00:10:00Z\",\"closeTime\":\"2024-01-01T00:11:00Z\",\"ranked\":2,\"top\":[{"
            + "\"rank\":1,\"exchange\":\"binance\",\"symbol\":\"SOL-USDT\",\"value\":\"0.012345678901\","
            + "\"quality\":\"exact\"}],\"bottom\":[{\"rank\":1,\"exchange\":\"binance\",\"symbol\":\"BTC-USDT\","
            + "\"value\":\"-0.000412345678\",\"quality\":\"exact\"}],\"unranked\":[{\"exchange\":\"bybit\","
            + "\"symbol\":\"ETH-USDT\",\"reason\":\"bar 2024-01-01T00:07:00Z is GAP\"}]}],\"nextCursor\":null}";

    static final String BAD_PERIOD = "{\"type\":\"https://minutebars.io/problems/invalid-parameter\","
            + "\"title\":\"Invalid request parameter\",\"status\":400,\"detail\":\"rsiPeriod 0 is out of range; "
            + "give 1..200\",\"instance\":\"/api/v1/stats?exchange=binance&symbol=BTC-USDT&rsiPeriod=0\","
            + "\"parameter\":\"rsiPeriod\"}";

    static final String BAD_FAMILY = "{\"type\":\"https://minutebars.io/problems/invalid-parameter\","
            + "\"title\":\"Invalid request parameter\",\"status\":400,\"detail\":\"quote family 'eur' is unknown; "
            + "configured families: usd\",\"instance\":\"/api/v1/composite?base=BTC&family=eur\","
            + "\"parameter\":\"family\"}";

    static final String NO_COMPOSITE = "{\"type\":\"https://minutebars.io/problems/not-found\",\"title\":"
            + "\"Not found\",\"status\":404,\"detail\":\"no stored market with base DOGE and a quote in family usd "
            + "(USD, USDT, USDC) has 1m bars; see /api/v1/markets\",\"instance\":\"/api/v1/composite?base=DOGE\","
            + "\"parameter\":\"base\"}";

    private ApiExamples() {
    }
}
