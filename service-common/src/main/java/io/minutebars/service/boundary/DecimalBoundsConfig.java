package io.minutebars.service.boundary;

import io.minutebars.model.Decimals;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The bound every decimal crossing this service's boundaries must respect (see {@link Decimals}):
 * significant digits and the decimal exponent of the leading digit.
 */
@ConfigMapping(prefix = "minutebars.decimals")
public interface DecimalBoundsConfig {
    @WithDefault("" + Decimals.DEFAULT_MAX_DIGITS)
    int maxDigits();

    @WithDefault("" + Decimals.DEFAULT_MAX_EXPONENT)
    int maxExponent();
}
