package dev.planetl.read.schedule;

import dev.planetl.extract.Block;
import dev.planetl.extract.Cell;
import dev.planetl.extract.Document;
import dev.planetl.extract.DocumentFormat;
import dev.planetl.extract.DocumentMetadata;
import dev.planetl.extract.Heading;
import dev.planetl.extract.Provenance;
import dev.planetl.extract.Table;
import dev.planetl.read.Finding;
import dev.planetl.read.PlanTask;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlanScheduleReaderTest {

    private final PlanScheduleReader reader = new PlanScheduleReader();
    private int tables;

    private Table table(int headerRows, String[]... rows) {
        List<Cell> cells = new ArrayList<>();
        Provenance at = Provenance.ofLine(28, 800 + tables).inTable(tables);
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                cells.add(new Cell(r, c, 1, 1, rows[r][c], at.atCell(r, c)));
            }
        }
        return new Table(tables++, rows.length, rows[0].length, headerRows, cells, at);
    }

    private static Heading heading(String numbering, String text) {
        return new Heading(2, numbering, text, Provenance.ofLine(28, 1));
    }

    private static Document doc(Block... blocks) {
        return new Document(DocumentMetadata.of(DocumentFormat.TEXT, "text/plain"), List.of(blocks));
    }

    private static String[] row(String... cells) {
        return cells;
    }

    @Test
    void scheduleTableContinuedAfterASubHeading() {
        Document d = doc(
                table(1, row("추진과제", "담당부처", "일정"),
                        row("① 업종별 산업 데이터 수집·활용 촉진", "", ""),
                        row("수직형 협업 플랫폼 구축·확대", "산업부, 중기부", "'20~'25"),
                        row("참조표준 데이터센터 확대", "산업부, 국토부", "계속")),
                heading("2", "디지털 핵심 부품·장비 개발"),
                table(0, row("차세대 지능형 반도체 핵심기술개발", "산업부과기부", "'20~'29"),
                        row("첨단센서 핵심기술개발 및 상용화", "산업부(국표원)", "'15~")));
        PlanScheduleReader.Result r = reader.read(d, 2020);
        assertThat(r.tasks()).extracting(PlanTask::task).containsExactly("수직형 협업 플랫폼 구축·확대",
                "참조표준 데이터센터 확대", "차세대 지능형 반도체 핵심기술개발", "첨단센서 핵심기술개발 및 상용화");
        PlanTask first = r.tasks().get(0);
        assertThat(first.section()).isEqualTo("① 업종별 산업 데이터 수집·활용 촉진");
        assertThat(first.ministries()).containsExactly("산업통상자원부", "중소벤처기업부");
        assertThat(first.startYear()).isEqualTo(2020);
        assertThat(first.endYear()).isEqualTo(2025);
        assertThat(first.ongoing()).isFalse();
        assertThat(first.source().ref()).isEqualTo("p28/t0/r2/c0");
        PlanTask ongoing = r.tasks().get(1);
        assertThat(ongoing.startYear()).isNull();
        assertThat(ongoing.endYear()).isNull();
        assertThat(ongoing.ongoing()).isTrue();
        PlanTask runTogether = r.tasks().get(2);
        assertThat(runTogether.section()).isEqualTo("2 디지털 핵심 부품·장비 개발");
        assertThat(runTogether.ministries()).containsExactly("산업통상자원부", "과학기술정보통신부");
        assertThat(runTogether.ministriesAsWritten()).isEqualTo("산업부과기부");
        PlanTask open = r.tasks().get(3);
        assertThat(open.startYear()).isEqualTo(2015);
        assertThat(open.endYear()).isNull();
        assertThat(open.ongoing()).isTrue();
        assertThat(open.ministries()).containsExactly("산업통상자원부");
        assertThat(r.findings()).extracting(Finding::rule).containsExactly("schedule.ministry.run_together");
    }

    @Test
    void tablesWithoutScheduleHeadersAreNotRead() {
        Document d = doc(table(1, row("구 분", "주요 내용"), row("APEC", "정책연구('20.2~11)")),
                table(1, row("부처명", "투자계획"), row("산업통상자원부", "18,140.62")));
        assertThat(reader.read(d, 2023).tasks()).isEmpty();
    }

    @Test
    void aHeaderlessTableAfterAnotherKindOfTableIsNotAContinuation() {
        Document d = doc(table(1, row("추진과제", "담당부처", "일정"), row("과제 가", "산업부", "'20~'21")),
                table(1, row("구 분", "내용", "비고"), row("a", "b", "c")),
                table(0, row("과제 나", "산업부", "'20~")));
        assertThat(reader.read(d, 2020).tasks()).extracting(PlanTask::task).containsExactly("과제 가");
    }

    @Test
    void unreadableScheduleAndUnknownMinistryAreFindings() {
        Document d = doc(table(1, row("세부과제", "소관부처", "추진시기"),
                row("과제 가", "산업부", "필요시"),
                row("과제 나", "우주항공부처", "'21~'22")));
        PlanScheduleReader.Result r = reader.read(d, 2020);
        assertThat(r.tasks()).extracting(PlanTask::task).containsExactly("과제 나");
        assertThat(r.tasks().get(0).ministries()).isEmpty();
        assertThat(r.tasks().get(0).ministriesAsWritten()).isEqualTo("우주항공부처");
        assertThat(r.findings()).extracting(Finding::rule)
                .containsExactly("schedule.row.unreadable", "schedule.ministry.unresolved");
    }

    @Test
    void scheduleForms() {
        var years = new dev.planetl.read.prose.YearResolver(2020);
        assertThat(Schedule.parse("'20~'25", years)).isEqualTo(new Schedule(2020, 2025, false));
        assertThat(Schedule.parse("’21~", years)).isEqualTo(new Schedule(2021, null, true));
        assertThat(Schedule.parse("계속", years)).isEqualTo(new Schedule(null, null, true));
        assertThat(Schedule.parse("2021", years)).isEqualTo(new Schedule(2021, 2021, false));
        assertThat(Schedule.parse("'20.下~'21", years)).isEqualTo(new Schedule(2020, 2021, false));
        assertThat(Schedule.parse("'25~'21", years)).isNull();
        assertThat(Schedule.parse("필요시", years)).isNull();
    }
}
