package dev.planetl.read.context;

import dev.planetl.read.Measure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatementReaderTest {

    private final StatementReader reader = StatementReader.standard();

    @Test
    void yearsAndMeasuresInTheirPrintedForms() {
        assertThat(reader.read("IV. '20년도 재정투자계획")).isEqualTo(new Statement(2020, Measure.PLAN));
        assertThat(reader.read("2. 2019년도 재정투자 실적")).isEqualTo(new Statement(2019, Measure.ACTUAL));
        assertThat(reader.read("'21년 예산(안)")).isEqualTo(new Statement(2021, Measure.PLAN));
        assertThat(reader.read("’23년도 투자계획(안)")).isEqualTo(new Statement(2023, Measure.PLAN));
        assertThat(reader.read("2024년 결산")).isEqualTo(new Statement(2024, Measure.ACTUAL));
        assertThat(reader.read("투자계획(안)")).isEqualTo(new Statement(null, Measure.PLAN));
        assertThat(reader.read("'21 예산(안)")).isEqualTo(new Statement(2021, Measure.PLAN));
        assertThat(reader.read("실적('22)")).isEqualTo(new Statement(2022, Measure.ACTUAL));
    }

    @Test
    void whatIsNotStatedStaysUnknown() {
        assertThat(reader.read("'19년 실적 및 '20년 계획")).isEqualTo(new Statement(null, null));
        assertThat(reader.read("향후 10년 계획").fiscalYear()).isNull();
        assertThat(reader.read("2050 탄소중립 추진계획").fiscalYear()).isNull();
        assertThat(reader.read("'20~'25 추진계획").fiscalYear()).isNull();
        assertThat(reader.read("II. '22년도 추진성과")).isEqualTo(new Statement(2022, null));
        assertThat(reader.read("< 성과목표별 재정투자실적 및 과제 수 >")).isEqualTo(new Statement(null, Measure.ACTUAL));
    }
}
