package dev.planetl.samples;

import dev.planetl.samples.SampleDocument.Grid;
import dev.planetl.samples.SampleDocument.GridCellSpec;
import dev.planetl.samples.SampleDocument.Para;

import java.util.List;

/** Small documents the HWP and HWPX tests render and read back. */
public final class SampleFixtures {

    private SampleFixtures() {
    }

    /** 3x3: a header cell spanning two columns over 부처명 rows, listed out of order on purpose. */
    public static SampleDocument mergedHeaderDocument() {
        Grid grid = new Grid(3, 3, List.of(
                GridCellSpec.of(2, 2, "1,429.67"),
                new GridCellSpec(0, 1, 1, 2, "투자실적(억원)", true),
                new GridCellSpec(0, 0, 1, 1, "부처명", true),
                GridCellSpec.of(1, 0, "과학기술정보통신부"),
                GridCellSpec.of(1, 1, "8,065.62"),
                GridCellSpec.of(1, 2, "28.60"),
                GridCellSpec.of(2, 0, "농림축산식품부"),
                GridCellSpec.of(2, 1, "1,429.67")));
        return new SampleDocument("재정투자실적", List.of(
                new Para("IV. '20년도 재정투자계획"),
                new Para("2"),
                new Para("그간의 추진경과"),
                new Para("① 관계 중앙행정기관의 장은 기본계획에 따라 연도별 실행 계획을 수립하여 시행하여야 한다."),
                new Para("(단위 : 억원)"),
                grid,
                new Para("가 융합 신제품·서 비스를 위한 新시장 구축")));
    }

    /** A 2x2 table whose (1,1) cell holds a line of text and, below it, a 1x2 table. */
    public static SampleDocument nestedTableDocument() {
        Grid inner = new Grid(1, 2, List.of(GridCellSpec.of(0, 0, "국비"), GridCellSpec.of(0, 1, "59.2")));
        Grid outer = new Grid(2, 2, List.of(
                new GridCellSpec(0, 0, 1, 1, "과제", true),
                new GridCellSpec(0, 1, 1, 1, "재원", true),
                GridCellSpec.of(1, 0, "스마트 도로조명 플랫폼"),
                new GridCellSpec(1, 1, 1, 1, "'23년", false, inner)));
        return new SampleDocument("중첩 표", List.of(new Para("재원 구성"), outer, new Para("끝")));
    }
}
