package dev.planetl.load;

import java.math.BigDecimal;

/**
 * One cross-check as stored in quality.check_result.
 *
 * @param rule the rule name, e.g. {@code total.row}
 * @param scope what was checked, e.g. {@code 2020 plan / target 1-2}
 * @param fiscalYear the fiscal year checked, or null
 * @param measure 'plan' or 'actual', or null
 * @param expectedKrw the printed figure
 * @param computedKrw the figure computed from the parts
 * @param toleranceKrw the difference the printed precision allows
 * @param passed whether the difference is within the tolerance
 */
public record CheckOutcome(String rule, String scope, Integer fiscalYear, String measure, BigDecimal expectedKrw,
                           BigDecimal computedKrw, BigDecimal toleranceKrw, boolean passed) {

    public BigDecimal differenceKrw() {
        return expectedKrw == null || computedKrw == null ? null : computedKrw.subtract(expectedKrw);
    }
}
