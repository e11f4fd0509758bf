package io.minutebars.query.resource;

/**
 * The bounds of the integer parameters, as Bean Validation constraints declare them (and the OpenAPI document
 * shows them). They are the default maxima of the configuration ({@code query.max-limit}, {@code query.stats.*},
 * ...): a configured maximum can lower a bound, never raise it past these.
 */
public final class ParamBounds {
    public static final int MAX_LIMIT = 10000;
    public static final String LIMIT = "is out of range; give 1.." + MAX_LIMIT;
    public static final int MAX_SLOTS = 1440;
    public static final String SLOTS = "is out of range; give 1.." + MAX_SLOTS;
    public static final int MAX_RSI_PERIOD = 200;
    public static final String RSI_PERIOD = "is out of range; give 1.." + MAX_RSI_PERIOD;
    public static final int MAX_RSI_WARMUP = 1000;
    public static final String RSI_WARMUP = "is out of range; give 0.." + MAX_RSI_WARMUP;
    public static final int MAX_VOL_WINDOW = 1000;
    public static final String VOL_WINDOW = "is out of range; give 2.." + MAX_VOL_WINDOW;
    public static final int MAX_RETURN_PERIODS = 1000;
    public static final String RETURN_PERIODS = "is out of range; give 1.." + MAX_RETURN_PERIODS;
    public static final int MAX_N = 100;
    public static final String N = "is out of range; give 1.." + MAX_N;

    private ParamBounds() {
    }
}
