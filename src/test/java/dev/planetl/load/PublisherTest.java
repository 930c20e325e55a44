package dev.planetl.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublisherTest {

    @Test
    void renderingsOfOneTitleShareAPublicationKey() {
        assertThat(Publisher.titleKey("제2차 산업융합발전 기본계획 '20년도 실행계획", "a"))
                .isEqualTo(Publisher.titleKey("제2차 산업융합발전 기본계획 ’20년도  실행계획", "b"));
        assertThat(Publisher.titleKey("20-2 디지털 기반 산업 혁신성장 전략", "a"))
                .isEqualTo(Publisher.titleKey("디지털 기반 산업 혁신성장 전략", "b"));
    }

    @Test
    void differentPlansAndUntitledFilesDoNot() {
        assertThat(Publisher.titleKey("2023년 산업융합발전 실행계획", "a"))
                .isNotEqualTo(Publisher.titleKey("2022년 산업융합발전 실행계획", "a"));
        assertThat(Publisher.titleKey(null, "a")).isNotEqualTo(Publisher.titleKey(null, "b"));
    }
}
