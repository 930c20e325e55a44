package dev.planetl.extract.hwp;

import dev.planetl.extract.Provenance;
import dev.planetl.extract.Table;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TableGridTest {

    private final List<String> warnings = new ArrayList<>();

    private Table build(int rows, int columns, List<GridCell> cells) {
        return TableGrid.build(4, rows, columns, cells, Provenance.ofLine(null, 12), "t.hwp", warnings::add);
    }

    @Test
    void headerRowsFollowTitleCellMarksWhenTheFileHasThem() {
        Table t = build(3, 2, List.of(
                new GridCell(0, 0, 1, 2, "구분", true),
                new GridCell(1, 0, 1, 1, "부처", true), new GridCell(1, 1, 1, 1, "예산", true),
                new GridCell(2, 0, 1, 1, "산업부", false), new GridCell(2, 1, 1, 1, "합계", false)));

        assertThat(t.headerRows()).isEqualTo(2);
        assertThat(t.provenance().ref()).isEqualTo("t4");
        assertThat(t.provenance().line()).isEqualTo(12);
    }

    @Test
    void withoutMarksLeadingRowsWithoutNumbersAreHeaderRows() {
        Table t = build(4, 3, List.of(
                new GridCell(0, 0, 2, 1, "부처", false), new GridCell(0, 1, 1, 2, "4대 정책 목표별 투자실적", false),
                new GridCell(1, 1, 1, 1, "'20년도 예산", false), new GridCell(1, 2, 1, 1, "신규여부", false),
                new GridCell(2, 0, 1, 1, "문화체육관광부", false), new GridCell(2, 1, 1, 1, "966.11.00", false),
                new GridCell(2, 2, 1, 1, "계속", false),
                new GridCell(3, 0, 1, 1, "보건복지부", false), new GridCell(3, 1, 1, 1, "5,521.27 (15.98)", false),
                new GridCell(3, 2, 1, 1, "-", false)));

        assertThat(t.headerRows()).isEqualTo(2);
        assertThat(t.row(1)).containsExactly("", "'20년도 예산", "신규여부");
    }

    @Test
    void aTableWithoutAnyNumberHasUnknownHeaderRows() {
        Table t = build(2, 2, List.of(
                new GridCell(0, 0, 1, 1, "추진과제", false), new GridCell(0, 1, 1, 1, "담당부처", false),
                new GridCell(1, 0, 1, 1, "데이터 인프라", false), new GridCell(1, 1, 1, 1, "과기정통부", false)));

        assertThat(t.headerRows()).isZero();
    }

    @Test
    void spanPastTheGridIsClampedWithAWarning() {
        Table t = build(2, 2, List.of(
                new GridCell(0, 0, 1, 5, "구분", false), new GridCell(1, 0, 1, 1, "a", false),
                new GridCell(1, 1, 1, 1, "1", false)));

        assertThat(t.cellAt(0, 1).orElseThrow().columnSpan()).isEqualTo(2);
        assertThat(warnings).singleElement().asString().contains("t.hwp", "table 4", "clamped");
    }

    @Test
    void overlappingCellIsLeftOutWithItsTextInTheWarning() {
        Table t = build(2, 2, List.of(
                new GridCell(0, 0, 2, 1, "부처", false), new GridCell(1, 0, 1, 1, "겹친 셀", false),
                new GridCell(0, 1, 1, 1, "1", false), new GridCell(1, 1, 1, 1, "2", false)));

        assertThat(t.textAt(1, 0)).isEmpty();
        assertThat(t.cellAt(1, 0).orElseThrow().text()).isEqualTo("부처");
        assertThat(warnings).singleElement().asString().contains("overlaps", "겹친 셀");
    }

    @Test
    void cellTextIsNfcNormalised() {
        String decomposed = "\u1100\u1161\u11A8"; // 각 as conjoining jamo
        Table t = build(1, 1, List.of(new GridCell(0, 0, 1, 1, decomposed, false)));

        assertThat(t.textAt(0, 0)).isEqualTo("각");
    }
}
