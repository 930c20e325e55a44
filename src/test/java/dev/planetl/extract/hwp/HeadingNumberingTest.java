package dev.planetl.extract.hwp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class HeadingNumberingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "IV. '20년도 재정투자계획|1|IV.|'20년도 재정투자계획",
            "Ⅱ. '19년도 추진성과|1|Ⅱ.|'19년도 추진성과",
            "1. 추진 실적 및 주요성과|2|1.|추진 실적 및 주요성과",
            "1 추진배경|2|1|추진배경",
            "1-2 융합 신서비스 시장 창출|3|1-2|융합 신서비스 시장 창출",
            // 가 and ① get the levels every format gives them (vocab/numbering.tsv), as the text and PDF extractors do
            "가 융합 신제품·서 비스를 위한 新시장 구축|3|가|융합 신제품·서 비스를 위한 新시장 구축",
            "② 주요 추진내용|4|②|주요 추진내용",
            "❷ 주요 추진내용|4|❷|주요 추진내용"})
    void splitsThePrintedNumberingFromTheTitle(String text, int level, String numbering, String rest) {
        HeadingNumbering.Match m = HeadingNumbering.find(text).orElseThrow();

        assertThat(m.level()).isEqualTo(level);
        assertThat(m.numbering()).isEqualTo(numbering);
        assertThat(m.rest()).isEqualTo(rest);
        assertThat(HeadingNumbering.looksLikeTitle(m.rest())).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2020. 7.", "- 4차 산업혁명 대전환기를 맞이하여", "(단위 : 억원)", "2019년도 재정투자 실적",
            "가격 경쟁력", "100 대 기업"})
    void findsNoNumberingInOrdinaryText(String text) {
        assertThat(HeadingNumbering.find(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "관계 중앙행정기관의 장은 기본계획에 따라 연도별 실행 계획을 수립하여 시행하여야 한다.",
            "추진 실적 및 주요성과\t3",
            "데이터 기반 혁신성장을 위한 분야별 데이터 플랫폼 구체화를 위하여 각 부처가 협력하여 추진하고 있는 과제를 점검함"})
    void sentencesAndContentsLinesAreNotTitles(String words) {
        assertThat(HeadingNumbering.looksLikeTitle(words)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2", "IV.", "1-1", "가"})
    void aNumberingAloneHasNoRest(String text) {
        assertThat(HeadingNumbering.find(text).orElseThrow().rest()).isEmpty();
    }
}
