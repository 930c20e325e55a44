package dev.planetl.read.prose;

import dev.planetl.read.Finding;
import dev.planetl.read.ReadResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlanProseReaderTest {

    private final PlanProseReader reader = new PlanProseReader();

    @Test
    void trendReportWithoutYearReadsItsTwoDigitYearsInThisCenturyAndSaysSo() {
        ReadResult r = reader.read(LineDocuments.of("주요국 반도체 정책 동향", "○ 반도체 지원 사업(’21, 5억 달러)"));
        assertThat(r.plan().planYear()).isNull();
        assertThat(r.findings()).extracting(Finding::rule).containsExactly("plan.year.unknown");
        assertThat(r.mentions()).singleElement().satisfies(m -> {
            assertThat(m.fiscalYear()).isEqualTo(2021);
            assertThat(m.currency()).isEqualTo("USD");
        });
        assertThat(r.lines()).isEmpty();
        assertThat(r.totals()).isEmpty();
    }

    @Test
    void manifestYearOverridesAndSilencesTheUnknownYear() {
        ReadResult r = reader.read(LineDocuments.of("주요국 반도체 정책 동향", "○ 반도체 지원 사업(’21, 5억 달러)"), 2021);
        assertThat(r.plan().planYear()).isEqualTo(2021);
        assertThat(r.plan().series()).isEqualTo("동향 보고서");
        assertThat(r.findings()).isEmpty();
    }
}
