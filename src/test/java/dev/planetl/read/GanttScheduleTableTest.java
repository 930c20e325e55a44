package dev.planetl.read;

import dev.planetl.extract.Document;
import dev.planetl.extract.Table;
import dev.planetl.job.Pipelines;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 디지털 정부혁신 추진계획 (행정안전부 2019, langchainkr corpus) prints its 추진 일정 as a chart: 추진 과제 |
 * 2019 상 하 … 2022 상 하 | 관계 부처, the cells of the year columns holding marks (보조금ISP, 시범, 2개, 100종).
 * Its header names a task, a schedule and a ministry column, so it is a schedule table even where no row reads as
 * a task: its year columns are no amounts, and none of its cells is an error of number or unit.
 */
class GanttScheduleTableTest {

    @Test
    void aScheduleChartWithYearColumnsRaisesNoAmountErrors() throws Exception {
        Document document = Pipelines.extraction().extract(
                Path.of("src/test/resources/corpus/langchainkr__디지털 정부혁신 추진계획.hwp"));
        Table chart = document.tables().filter(t -> t.text().startsWith("추진 과제") && t.text().contains("추진일정"))
                .findFirst().orElseThrow();

        ReadResult read = PlanDocumentReader.standard().read(document);

        assertThat(read.findings()).filteredOn(f -> f.source() != null
                        && Integer.valueOf(chart.index()).equals(f.source().provenance().tableIndex()))
                .noneMatch(f -> f.rule().startsWith("number.") || f.rule().startsWith("unit."));
        assertThat(read.facts()).noneMatch(f -> f.tableRef().endsWith("t" + chart.index()));
        assertThat(read.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    }
}
