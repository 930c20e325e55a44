package dev.planetl.validate;

import dev.planetl.validate.check.Steps;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class KrwUnitsTest {

    private static final KrwUnits UNITS = KrwUnits.standard();

    @Test
    void units_as_seed_000_prints_them_are_known_with_their_power_of_ten() {
        assertThat(UNITS.exponent("억원")).hasValue(8);
        assertThat(UNITS.exponent("억 원")).hasValue(8);
        assertThat(UNITS.exponent("백만원")).hasValue(6);
        assertThat(UNITS.exponent("원")).hasValue(0);
        assertThat(UNITS.exponent("백만불")).isEmpty();
        assertThat(UNITS.exponent(null)).isEmpty();
    }

    @Test
    void the_decimals_a_printed_amount_shows_come_from_its_last_number() {
        assertThat(KrwUnits.decimals("8,052.30")).hasValue(2);
        assertThat(KrwUnits.decimals("8,052.3")).hasValue(1);
        assertThat(KrwUnits.decimals("966.11.00")).hasValue(2);
        assertThat(KrwUnits.decimals("6,288")).hasValue(0);
        assertThat(KrwUnits.decimals("1조 1,654억원")).hasValue(0);
        assertThat(KrwUnits.decimals("-")).isEmpty();
    }

    @Test
    void the_step_of_a_printed_amount_follows_its_precision_and_unit() {
        // 0.01억 = 1,000,000 won; 1 백만원 = 1,000,000 won; 0.1억 = 10,000,000 won
        assertThat(UNITS.stepKrw("966.11", "억원")).hasValue(new BigDecimal("1E+6"));
        assertThat(UNITS.stepKrw("6,288", "백만원")).hasValue(new BigDecimal("1E+6"));
        assertThat(UNITS.stepKrw("8,052.3", "억원")).hasValue(new BigDecimal("1E+7"));
        assertThat(UNITS.stepKrw("6,288", "백만불")).isEmpty();
    }

    @Test
    void half_a_share_step_follows_the_shares_scale() {
        assertThat(Steps.halfShareStep(new BigDecimal("15.00"))).isEqualByComparingTo("0.005");
        assertThat(Steps.halfShareStep(new BigDecimal("15"))).isEqualByComparingTo("0.5");
    }

    @Test
    void the_standard_ministries_know_every_ministry_seed_000_names() {
        Ministries ministries = Ministries.standard();
        for (String name : Seed000.MINISTRY_SHORT.values()) {
            assertThat(ministries.isCanonical(name)).as(name).isTrue();
        }
        assertThat(ministries.isCanonical("산업부")).isFalse();
    }
}
