package dev.planetl.extract.pdf;

import java.util.ArrayList;
import java.util.List;

import dev.planetl.extract.BoundingBox;
import dev.planetl.extract.pdf.DraftTable.DraftCell;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wraps inside a ruled cell the way a browser sets Korean (a break between any two syllables, no glyph where the
 * line ends), decided against what the same document prints elsewhere. Each cell is built glyph by glyph: Hangul
 * one em wide, a 2 pt cell padding, lines 12 pt apart; the expected texts are what the test sets, not what the
 * extractor returns.
 */
class CellWrapsTest {

    private static final double SIZE = 8;
    private static final double LEFT = 100;
    private static final double PADDING = 2;

    @Test
    void aFullLineCutInsideAWordIsJoinedWhereTheDocumentPrintsTheWordWhole() {
        // 우주항공·해|양 in a cell six syllables wide: the line is full, 양 did not fit
        DraftTable table = table(cell(6, "우주항공·해", "양 신산업"));
        DraftText prose = text("우주항공·해양 분야의 투자가 줄었다");

        assertThat(cellsOf(CellWraps.resolve(List.of(prose, table)))).containsExactly("우주항공·해양 신산업");
    }

    @Test
    void aFullLineWrapStaysASpaceWhenTheDocumentNeverPrintsThePiecesTogether() {
        DraftTable table = table(cell(6, "과학기술정보", "통신부"));

        assertThat(cellsOf(CellWraps.resolve(List.of(text("과학기술 분야"), table)))).containsExactly("과학기술정보 통신부");
    }

    @Test
    void aWrapTheDocumentAlsoPrintsWithASpaceStaysASpace() {
        DraftTable table = table(cell(7, "고도화 및 우주", "수송 사업"));

        List<Object> out = CellWraps.resolve(List.of(text("우주수송 개발"), text("우주 수송 역량"), table));

        assertThat(cellsOf(out)).containsExactly("고도화 및 우주 수송 사업");
    }

    @Test
    void twoWordsPrintedApartAreNoEvidenceForTheirPiecesTogether() {
        // the document prints 우주 and 수송 only as words of texts of their own: neither 우주수송 nor 수송우주 is a
        // word it prints, whichever order its words are searched in
        DraftTable table = table(cell(6, "고도화 우주", "수송 사업"), cell(6, "고도화 수송", "우주 사업"));

        assertThat(cellsOf(CellWraps.resolve(List.of(text("우주"), text("수송"), table))))
                .containsExactly("고도화 우주 수송 사업", "고도화 수송 우주 사업");
    }

    @Test
    void aFullLineContinuedByAParticleAloneWasCutBeforeTheParticle() {
        DraftTable table = table(cell(7, "AI 활용 필요성", "에 대해 의문"), cell(5, "사업 추진", "이 사업은"));

        // 이 may stand alone (이 사업): only the particles that never do are joined without evidence
        assertThat(cellsOf(CellWraps.resolve(List.of(text("본문"), table))))
                .containsExactly("AI 활용 필요성에 대해 의문", "사업 추진 이 사업은");
    }

    @Test
    void aLineBrokenWithRoomLeftIsTheAuthorsBreakAndStaysASpace() {
        // 예산 fills two of six syllables: (안) would have fitted, so the break was made on purpose
        DraftTable table = table(cell(6, "예산", "(안)"));

        assertThat(cellsOf(CellWraps.resolve(List.of(text("예산(안)은 다음과 같음"), table))))
                .containsExactly("예산 (안)");
    }

    @Test
    void figuresOnTwoFullLinesNeverBecomeOneNumber() {
        DraftTable table = table(cell(3, "2,050", "100"), cell(4, "계획금액", "1,200"));

        assertThat(cellsOf(CellWraps.resolve(List.of(text("2,050100 1,200 계획금액1,200"), table))))
                .containsExactly("2,050 100", "계획금액 1,200");
    }

    @Test
    void aLatinWordBeforeAWrapIsNotJoinedToTheHangulAfterIt() {
        DraftTable table = table(cell(2, "SW", "도입"));

        assertThat(cellsOf(CellWraps.resolve(List.of(text("웹기안기 SW도입 추진"), table)))).containsExactly("SW 도입");
    }

    @Test
    void aDocumentWithoutMarkedWrapsIsReturnedAsItIs() {
        List<Object> items = List.of(text("본문"), table(cell(6, "한 줄")));

        assertThat(CellWraps.resolve(items)).isSameAs(items);
    }

    /** A cell {@code widthInSyllables} em wide (plus padding) holding the given lines, left-aligned. */
    private static DraftCell cell(int widthInSyllables, String... lines) {
        List<Glyph> glyphs = new ArrayList<>();
        double top = 50;
        for (int i = 0; i < lines.length; i++) {
            double x = LEFT + PADDING;
            double baseline = top + 10 + i * 12;
            for (char ch : lines[i].toCharArray()) {
                double w = ch >= '\uac00' && ch <= '\ud7a3' ? SIZE : ch == ' ' ? SIZE * 0.3 : SIZE * 0.55;
                glyphs.add(new Glyph(x, baseline, w, SIZE, String.valueOf(ch)));
                x += w;
            }
        }
        BoundingBox box = new BoundingBox(LEFT, top, widthInSyllables * SIZE + 2 * PADDING + 0.5,
                lines.length * 12 + 4);
        return new DraftCell(0, 0, 1, 1, LatticeTableFinder.cellText(glyphs, box), 1, box);
    }

    private static DraftTable table(DraftCell... cells) {
        List<DraftCell> placed = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            DraftCell c = cells[i];
            placed.add(new DraftCell(i, 0, 1, 1, c.text(), c.page(), c.box()));
        }
        return new DraftTable(1, new BoundingBox(LEFT, 50, 100, 100), cells.length, 1, 0, placed);
    }

    private static DraftText text(String s) {
        return new DraftText(1, s, SIZE, new BoundingBox(0, 0, 100, 10));
    }

    private static List<String> cellsOf(List<Object> items) {
        return items.stream().filter(DraftTable.class::isInstance).map(DraftTable.class::cast)
                .flatMap(t -> t.cells().stream()).map(DraftCell::text).toList();
    }
}
