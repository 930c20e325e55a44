package dev.planetl.read.number;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnitVocabularyTest {

    private final UnitVocabulary units = UnitVocabulary.standard();

    @Test
    void unitLinesInTheirVariants() {
        assertThat(units.unitIn("(단위 : 억원)")).get().extracting(Unit::exponent).isEqualTo(8);
        assertThat(units.unitIn("(단위: 백만원)")).get().extracting(Unit::exponent).isEqualTo(6);
        assertThat(units.unitIn("(단위 : 억 원)")).get().extracting(Unit::exponent).isEqualTo(8);
        assertThat(units.unitIn("(단위: 천원, %)")).get().extracting(Unit::exponent).isEqualTo(3);
        assertThat(units.unitIn("[단위: 조원]")).get().extracting(Unit::exponent).isEqualTo(12);
        assertThat(units.unitIn("(단위 : 백만 달러)")).get().extracting(Unit::currency).isEqualTo("USD");
    }

    @Test
    void unitInCaptionAndHeader() {
        assertThat(units.unitIn("< 부처별 재정투자실적(억원) >")).get().extracting(Unit::asWritten).isEqualTo("억원");
        assertThat(units.unitIn("< 분야별 재정 투자실적(억원, 비중%) >")).get().extracting(Unit::exponent)
                .isEqualTo(8);
        assertThat(units.unitIn("실적(억원, %)")).get().extracting(Unit::exponent).isEqualTo(8);
        assertThat(units.unitIn("'21년 예산(안)(백만원)")).get().extracting(Unit::exponent).isEqualTo(6);
    }

    @Test
    void textWithoutUnit() {
        assertThat(units.unitIn("< 성과목표별 재정투자실적 및 과제 수 >")).isEmpty();
        assertThat(units.unitIn("'21년 예산(안)")).isEmpty();
        assertThat(units.unitIn("스마트 도로조명 (R&D)")).isEmpty();
    }
}
