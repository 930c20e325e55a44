package dev.planetl.validate.check;

import dev.planetl.read.BudgetLine;
import dev.planetl.read.ReportedTotal;
import dev.planetl.validate.KrwUnits;

import java.math.BigDecimal;

/**
 * Tolerances that follow the printed precision.
 *
 * <p>A printed figure is its true value rounded to the last digit it shows, so it lies within half a step of
 * it: {@code 966.11} 억원 within 0.005억 = 500,000 won, {@code 6,288} 백만원 within 500,000 won,
 * {@code 8,052.3} 억원 within 0.05억. When printed figures are added and compared with a printed total, each
 * of them may carry its own half step, so the tolerance of a check is the sum of the half steps of every
 * printed figure it combines (the addends and the total): for a row of four cells and its total at 0.01억,
 * 5 × 0.005억 = 2,500,000 won. This is the widest difference rounding alone can explain; anything larger is
 * a misread or an error in the document. A check that passes with a difference other than zero is still
 * reported, as a warning.
 */
public final class Steps {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final KrwUnits units;

    public Steps(KrwUnits units) {
        this.units = units;
    }

    /** Half the step of the printed amount, in won; zero when its unit is not known (such values are rejected). */
    public BigDecimal halfStep(ReportedTotal total) {
        return units.stepKrw(total.amountAsWritten(), total.unitAsWritten()).map(HALF::multiply)
                .orElse(BigDecimal.ZERO);
    }

    public BigDecimal halfStep(BudgetLine line) {
        return units.stepKrw(line.amountAsWritten(), line.unitAsWritten()).map(HALF::multiply)
                .orElse(BigDecimal.ZERO);
    }

    /** Half the step of a printed share: 0.005 for {@code 15.00}, 0.5 for {@code 15}. */
    public static BigDecimal halfShareStep(BigDecimal share) {
        return HALF.scaleByPowerOfTen(-Math.max(share.scale(), 0));
    }
}
