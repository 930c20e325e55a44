package dev.planetl.read.vocab;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderVocabularyTest {

    private final HeaderVocabulary headers = HeaderVocabulary.standard();

    @Test
    void amountHeadersOfOtherYearsAndPlans() {
        assertThat(headers.roleOf("'20년도 예산")).contains(ColumnRole.AMOUNT);
        assertThat(headers.roleOf("'21년 예산(안)")).contains(ColumnRole.AMOUNT);
        assertThat(headers.roleOf("2024년 예산")).contains(ColumnRole.AMOUNT);
        assertThat(headers.roleOf("’23년도 예산안")).contains(ColumnRole.AMOUNT);
        assertThat(headers.roleOf("투자실적")).contains(ColumnRole.AMOUNT);
        assertThat(headers.roleOf("투자계획(안)")).contains(ColumnRole.AMOUNT);
        assertThat(headers.roleOf("실적(억원, %)")).contains(ColumnRole.AMOUNT);
        assertThat(headers.roleOf("'22년 실적")).contains(ColumnRole.AMOUNT);
    }

    @Test
    void programStatusMinistryHeaders() {
        assertThat(headers.roleOf("추진 내용")).contains(ColumnRole.PROGRAM);
        assertThat(headers.roleOf("세부사업명")).contains(ColumnRole.PROGRAM);
        assertThat(headers.roleOf("사업명")).contains(ColumnRole.PROGRAM);
        assertThat(headers.roleOf("신규여부")).contains(ColumnRole.STATUS);
        assertThat(headers.roleOf("신규·계속")).contains(ColumnRole.STATUS);
        assertThat(headers.roleOf("주관부처")).contains(ColumnRole.MINISTRY);
        assertThat(headers.roleOf("소관 부처")).contains(ColumnRole.MINISTRY);
        assertThat(headers.roleOf("부처명")).contains(ColumnRole.MINISTRY);
    }

    @Test
    void totalsSharesCountsGoals() {
        assertThat(headers.roleOf("합계")).contains(ColumnRole.TOTAL);
        assertThat(headers.roleOf("계")).contains(ColumnRole.TOTAL);
        assertThat(headers.roleOf("총 계")).contains(ColumnRole.TOTAL);
        assertThat(headers.roleOf("비중(%)")).contains(ColumnRole.SHARE);
        assertThat(headers.roleOf("과제 개수")).contains(ColumnRole.TASK_COUNT);
        assertThat(headers.roleOf("과제수")).contains(ColumnRole.TASK_COUNT);
        assertThat(headers.roleOf("성과목표")).contains(ColumnRole.TARGET);
        assertThat(headers.roleOf("4대 정책 목표별 투자실적")).contains(ColumnRole.GOAL);
    }

    @Test
    void unrelatedHeadersHaveNoRole() {
        assertThat(headers.roleOf("방향")).isEmpty();
        assertThat(headers.roleOf("일정")).isEmpty();
        assertThat(headers.roleOf("")).isEmpty();
    }
}
