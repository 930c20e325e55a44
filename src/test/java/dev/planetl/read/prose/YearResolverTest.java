package dev.planetl.read.prose;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class YearResolverTest {

    @Test
    void twoDigitYearsFallInThePlanYearsCentury() {
        YearResolver years = new YearResolver(2025);
        assertThat(years.resolve("24")).isEqualTo(2024);
        assertThat(years.resolve("28")).isEqualTo(2028);
        assertThat(years.resolve("2019")).isEqualTo(2019);
    }

    @Test
    void withoutAPlanYearTwoDigitYearsAreOfThisCentury() {
        assertThat(new YearResolver(null).resolve("18")).isEqualTo(2018);
    }

    @Test
    void aYearFarFromThePlanYearIsSuspicious() {
        YearResolver years = new YearResolver(2025);
        assertThat(years.suspicious(2014)).isFalse();
        assertThat(years.suspicious(2012)).isTrue();
        assertThat(years.suspicious(2038)).isTrue();
        assertThat(new YearResolver(null).suspicious(1990)).isFalse();
    }

    @Test
    void notAYearIsRejected() {
        assertThatThrownBy(() -> new YearResolver(2025).resolve("2a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new YearResolver(2025).resolve("123")).isInstanceOf(IllegalArgumentException.class);
    }
}
