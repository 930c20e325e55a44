package dev.planetl.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

import dev.planetl.extract.Block;
import dev.planetl.extract.Cell;
import dev.planetl.extract.Document;
import dev.planetl.extract.DocumentFormat;
import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.ExtractionException.Reason;
import dev.planetl.extract.Heading;
import dev.planetl.extract.Paragraph;
import dev.planetl.extract.Table;

class PdfExtractorTest {

    private final PdfExtractor extractor = new PdfExtractor();

    private Document extract(byte[] pdf) throws ExtractionException {
        return extractor.extract(new ByteArrayInputStream(pdf), "test.pdf");
    }

    private static List<String> paragraphs(Document d) {
        return d.blocks().stream().filter(Paragraph.class::isInstance).map(Block::text).toList();
    }

    @Test
    void ruledThreeByThreeTableBecomesOneTableWithCellProvenance() throws Exception {
        byte[] pdf;
        try (TestPdf t = new TestPdf()) {
            t.page().text(50, 80, 10, "Fruit list")
                    .grid(new float[] {50, 150, 250, 350}, new float[] {100, 120, 140, 160})
                    .text(55, 114, 10, "Name").text(155, 114, 10, "Qty").text(255, 114, 10, "Unit")
                    .text(55, 134, 10, "Apple").text(155, 134, 10, "3").text(255, 134, 10, "kg")
                    .text(55, 154, 10, "Pear").text(155, 154, 10, "12").text(255, 154, 10, "box");
            pdf = t.bytes();
        }

        Document d = extract(pdf);

        assertThat(d.tables()).hasSize(1);
        Table table = d.tables().findFirst().orElseThrow();
        assertThat(table.rowCount()).isEqualTo(3);
        assertThat(table.columnCount()).isEqualTo(3);
        assertThat(table.row(0)).containsExactly("Name", "Qty", "Unit");
        assertThat(table.row(1)).containsExactly("Apple", "3", "kg");
        assertThat(table.row(2)).containsExactly("Pear", "12", "box");
        assertThat(table.headerRows()).isEqualTo(1);
        Cell cell = table.cellAt(1, 1).orElseThrow();
        assertThat(cell.provenance().page()).isEqualTo(1);
        assertThat(cell.provenance().tableIndex()).isZero();
        assertThat(cell.provenance().row()).isEqualTo(1);
        assertThat(cell.provenance().column()).isEqualTo(1);
        assertThat(cell.provenance().box().x()).isCloseTo(150, within(1.0));
        assertThat(cell.provenance().box().y()).isCloseTo(120, within(1.0));
        assertThat(cell.provenance().box().width()).isCloseTo(100, within(1.0));
        assertThat(cell.provenance().box().height()).isCloseTo(20, within(1.0));
        assertThat(cell.provenance().ref()).isEqualTo("p1/t0/r1/c1");
        assertThat(paragraphs(d)).containsExactly("Fruit list");
        assertThat(d.metadata().format()).isEqualTo(DocumentFormat.PDF);
        assertThat(d.metadata().pageCount()).isEqualTo(1);
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void headerCellOverTwoColumnsGetsColumnSpan() throws Exception {
        byte[] pdf;
        try (TestPdf t = new TestPdf()) {
            // the inner rule between columns 1 and 2 is missing in the header row
            t.page().grid(new float[] {50, 150, 250, 350}, new float[] {100, 120, 140, 160}, new int[] {2, 0})
                    .text(55, 114, 10, "Item").text(180, 114, 10, "Amount")
                    .text(55, 134, 10, "A").text(155, 134, 10, "1").text(255, 134, 10, "2")
                    .text(55, 154, 10, "B").text(155, 154, 10, "3").text(255, 154, 10, "4");
            pdf = t.bytes();
        }

        Table table = extract(pdf).tables().findFirst().orElseThrow();

        assertThat(table.columnCount()).isEqualTo(3);
        Cell amount = table.cellAt(0, 2).orElseThrow();
        assertThat(amount.text()).isEqualTo("Amount");
        assertThat(amount.column()).isEqualTo(1);
        assertThat(amount.columnSpan()).isEqualTo(2);
        assertThat(amount.rowSpan()).isEqualTo(1);
        assertThat(table.row(0)).containsExactly("Item", "Amount", "");
        assertThat(table.row(2)).containsExactly("B", "3", "4");
    }

    @Test
    void thinFilledRectanglesAreRulesAndAMissingRuleMakesARowSpan() throws Exception {
        byte[] pdf;
        try (TestPdf t = new TestPdf()) {
            t.page();
            float[] xs = {50, 200, 300};
            float[] ys = {100, 120, 140, 160};
            for (float x : xs) {
                t.filledRect(x - 0.25f, 100, 0.5f, 60);
            }
            t.filledRect(50, 99.75f, 250, 0.5f);
            t.filledRect(50, 119.75f, 250, 0.5f);
            // between rows 1 and 2 only the second column is ruled: "Group" spans both rows
            t.filledRect(200, 139.75f, 100, 0.5f);
            t.filledRect(50, 159.75f, 250, 0.5f);
            t.text(55, 114, 10, "Goal").text(205, 114, 10, "Target")
                    .text(55, 134, 10, "Group").text(205, 134, 10, "first")
                    .text(205, 154, 10, "second");
            pdf = t.bytes();
            assertThat(ys).hasSize(4);
        }

        Table table = extract(pdf).tables().findFirst().orElseThrow();

        assertThat(table.rowCount()).isEqualTo(3);
        assertThat(table.columnCount()).isEqualTo(2);
        Cell group = table.cellAt(2, 0).orElseThrow();
        assertThat(group.text()).isEqualTo("Group");
        assertThat(group.row()).isEqualTo(1);
        assertThat(group.rowSpan()).isEqualTo(2);
        assertThat(table.row(2)).containsExactly("", "second");
    }

    @Test
    void aWrappedCellStaysOneCellWithItsLinesJoinedByASpace() throws Exception {
        byte[] pdf;
        try (TestPdf t = new TestPdf()) {
            t.page().grid(new float[] {50, 150, 250}, new float[] {100, 120, 152, 172})
                    .text(55, 114, 10, "Project").text(155, 114, 10, "Budget")
                    .text(55, 133, 10, "Smart factory").text(55, 146, 10, "pilot lines").text(155, 133, 10, "6,288")
                    .text(55, 166, 10, "Data hub").text(155, 166, 10, "950");
            pdf = t.bytes();
        }

        Table table = extract(pdf).tables().findFirst().orElseThrow();

        assertThat(table.rowCount()).isEqualTo(3);
        assertThat(table.row(1)).containsExactly("Smart factory pilot lines", "6,288");
    }

    @Test
    void alignedTextWithoutRulesBecomesATableAndTheRestStaysParagraphs() throws Exception {
        byte[] pdf;
        try (TestPdf t = new TestPdf()) {
            t.page().text(50, 80, 10, "Budget by ministry");
            String[][] rows = {{"Ministry", "Budget", "Status"}, {"Industry", "8,052.30", "continued"},
                    {"Science", "8,065.62", "continued"}, {"Health", "666.05", "new"}};
            for (int r = 0; r < rows.length; r++) {
                float y = 110 + r * 20;
                t.text(50, y, 10, rows[r][0]).text(200, y, 10, rows[r][1]).text(320, y, 10, rows[r][2]);
            }
            t.text(50, 220, 10, "Figures are in hundred million won.");
            pdf = t.bytes();
        }

        Document d = extract(pdf);

        assertThat(d.tables()).hasSize(1);
        Table table = d.tables().findFirst().orElseThrow();
        assertThat(table.columnCount()).isEqualTo(3);
        assertThat(table.rowCount()).isEqualTo(4);
        assertThat(table.row(0)).containsExactly("Ministry", "Budget", "Status");
        assertThat(table.row(3)).containsExactly("Health", "666.05", "new");
        assertThat(paragraphs(d)).containsExactly("Budget by ministry", "Figures are in hundred million won.");
        assertThat(table.cellAt(1, 1).orElseThrow().provenance().box()).isNotNull();
    }

    @Test
    void twoRowsWhoseNumbersDoNotSitUnderTheHeaderOrTwoColumnsStayParagraphs() throws Exception {
        byte[] pdf;
        try (TestPdf t = new TestPdf()) {
            t.page();
            // the numbers stand between the names, aligned with none of them
            t.text(50, 100, 10, "Goal").text(200, 100, 10, "Plan").text(350, 100, 10, "Total");
            t.text(120, 120, 10, "8,616").text(270, 120, 10, "911").text(420, 120, 10, "28,202");
            // contents lines: title and page number, one gap only
            String[] contents = {"I. Background", "II. Results", "III. Plan", "IV. Budget"};
            for (int i = 0; i < contents.length; i++) {
                t.text(50, 200 + i * 20, 10, contents[i]).text(400, 200 + i * 20, 10, String.valueOf(i * 3 + 1));
            }
            pdf = t.bytes();
        }

        Document d = extract(pdf);

        assertThat(d.tables()).isEmpty();
        assertThat(paragraphs(d)).contains("I. Background 1", "IV. Budget 10");
    }

    /** A caption, a header row of names wrapping inside their columns, and one row of numbers, all without rules. */
    private static final String[][] FIELDS = {
            {"융합 신제품·서비스를", "위한 新시장 구축"}, {"산업융합의", "제도적 뒷받침"}, {"산업의 융합", "경쟁력 강화"},
            {"융합을 산업", "쉐분야로 확산"}, {"합계"}};
    private static final String[] FIELD_AMOUNTS = {
            "5,521.27 (15.98)", "1,161.66 (3.36)", "20,769.39 (60.09)", "7,109.23 (20.57)", "34,561.55 (100.00)"};

    @Test
    void aHeaderRowOverARowOfNumbersWithoutRulesIsATwoRowTable() throws Exception {
        byte[] pdf;
        try (TestPdf t = new TestPdf()) {
            t.page();
            PDFont font = t.hangulFont();
            t.hangul(200, 80, 10, "< 분야별 재정 투자실적(억원, 비중%) >");
            float[] left = {45, 150, 240, 330, 430};
            float[] right = {140, 230, 320, 420, 520};
            for (int c = 0; c < FIELDS.length; c++) {
                for (int line = 0; line < FIELDS[c].length; line++) {
                    t.hangul(left[c], 100 + line * 11, 8, FIELDS[c][line]);
                }
                // numbers set flush right in their columns, names flush left
                t.hangul(right[c] - t.width(font, 8, FIELD_AMOUNTS[c]), 132, 8, FIELD_AMOUNTS[c]);
            }
            t.hangul(45, 155, 10, "- 부처별 산업부가 16,151억원(비중 46.73%)으로 가장 많고, 국토부 5,411억원 順");
            pdf = t.bytes();
        }

        Document d = extract(pdf);

        assertThat(d.tables()).hasSize(1);
        Table table = d.tables().findFirst().orElseThrow();
        assertThat(table.rowCount()).isEqualTo(2);
        assertThat(table.columnCount()).isEqualTo(5);
        assertThat(table.headerRows()).isEqualTo(1);
        assertThat(table.row(0)).containsExactly("융합 신제품·서비스를 위한 新시장 구축", "산업융합의 제도적 뒷받침",
                "산업의 융합 경쟁력 강화", "융합을 산업 쉐분야로 확산", "합계");
        assertThat(table.row(1)).containsExactly(FIELD_AMOUNTS);
        assertThat(table.cellAt(1, 4).orElseThrow().provenance().ref()).isEqualTo("p1/t0/r1/c4");
        assertThat(paragraphs(d)).containsExactly("< 분야별 재정 투자실적(억원, 비중%) >",
                "- 부처별 산업부가 16,151억원(비중 46.73%)으로 가장 많고, 국토부 5,411억원 順");
    }

    @Test
    void aTwoRowTableMayHaveARowLabelAndDashesForNone() throws Exception {
        byte[] pdf;
        try (TestPdf t = new TestPdf()) {
            t.page();
            t.hangul(50, 100, 9, "구분").hangul(150, 100, 9, "'20년 예산").hangul(250, 100, 9, "'21년 예산")
                    .hangul(350, 100, 9, "합계");
            t.hangul(50, 118, 9, "신규").hangul(150, 118, 9, "1,032.89").hangul(250, 118, 9, "-")
                    .hangul(350, 118, 9, "1,032.89");
            pdf = t.bytes();
        }

        Table table = extract(pdf).tables().findFirst().orElseThrow();

        assertThat(table.row(0)).containsExactly("구분", "'20년 예산", "'21년 예산", "합계");
        assertThat(table.row(1)).containsExactly("신규", "1,032.89", "-", "1,032.89");
    }

    @Test
    void aTwoLineParagraphEndingInANumberAndAContentsPairStayParagraphs() throws Exception {
        byte[] pdf;
        try (TestPdf t = new TestPdf()) {
            t.page();
            t.hangul(50, 100, 10, "- '22년도 산업융합 발전 실행계획 추진을 위해 범부처 투자규모는 총");
            t.hangul(50, 114, 10, "3조 4,561억원이며 분야별 합계는 34,561.55");
            // contents: a title and its page number, with a dotted leader between them
            t.hangul(50, 200, 10, "I. 추진배경 및 경과").hangul(250, 200, 10, "··········").hangul(400, 200, 10, "1");
            t.hangul(50, 218, 10, "II. '19년도 추진성과").hangul(250, 218, 10, "··········").hangul(400, 218, 10, "3");
            pdf = t.bytes();
        }

        Document d = extract(pdf);

        assertThat(d.tables()).isEmpty();
        assertThat(paragraphs(d)).contains(
                "- '22년도 산업융합 발전 실행계획 추진을 위해 범부처 투자규모는 총 3조 4,561억원이며 분야별 합계는 34,561.55");
    }

    @Test
    void twoRowsOfOnlyTwoNumbersOrWithNumbersInTheHeaderStayParagraphs() throws Exception {
        byte[] pdf;
        try (TestPdf t = new TestPdf()) {
            t.page();
            // two numbers only
            t.hangul(50, 100, 9, "구분").hangul(150, 100, 9, "산업부").hangul(250, 100, 9, "과기부");
            t.hangul(50, 118, 9, "예산").hangul(150, 118, 9, "16,151.08").hangul(250, 118, 9, "4,670.73");
            // a row of numbers over a row of numbers: no header of names
            t.hangul(50, 300, 9, "2,233.10").hangul(150, 300, 9, "911.28").hangul(250, 300, 9, "7,879.35");
            t.hangul(50, 318, 9, "8,616.82").hangul(150, 318, 9, "10,794.79").hangul(250, 318, 9, "28,202.24");
            pdf = t.bytes();
        }

        Document d = extract(pdf);

        assertThat(d.tables()).isEmpty();
        assertThat(paragraphs(d)).hasSize(4).contains("구분 산업부 과기부", "8,616.82 10,794.79 28,202.24");
    }

    @Test
    void aTableContinuedUnderItsRepeatedHeaderOnTheNextPageIsOneTable() throws Exception {
        byte[] pdf;
        try (TestPdf t = new TestPdf()) {
            float[] xs = {50, 250, 350};
            t.page().text(50, 680, 10, "Projects");
            t.grid(xs, new float[] {700, 720, 740, 760});
            t.text(55, 714, 10, "Project").text(255, 714, 10, "Budget");
            t.text(55, 734, 10, "Alpha").text(255, 734, 10, "100");
            t.text(55, 754, 10, "Beta").text(255, 754, 10, "200");
            t.page().grid(xs, new float[] {60, 80, 100, 120});
            t.text(55, 74, 10, "Project").text(255, 74, 10, "Budget");
            t.text(55, 94, 10, "Gamma").text(255, 94, 10, "300");
            t.text(55, 114, 10, "Delta").text(255, 114, 10, "400");
            pdf = t.bytes();
        }

        Document d = extract(pdf);

        assertThat(d.tables()).hasSize(1);
        Table table = d.tables().findFirst().orElseThrow();
        assertThat(table.rowCount()).isEqualTo(5);
        assertThat(table.row(0)).containsExactly("Project", "Budget");
        assertThat(table.row(3)).containsExactly("Gamma", "300");
        assertThat(table.row(4)).containsExactly("Delta", "400");
        assertThat(table.cellAt(3, 0).orElseThrow().provenance().page()).isEqualTo(2);
        assertThat(table.cellAt(3, 0).orElseThrow().provenance().ref()).isEqualTo("p2/t0/r3/c0");
        assertThat(table.provenance().page()).isEqualTo(1);
    }

    @Test
    void aTableOnTheNextPageWithAnotherHeaderStaysASecondTable() throws Exception {
        byte[] pdf;
        try (TestPdf t = new TestPdf()) {
            float[] xs = {50, 250, 350};
            t.page().grid(xs, new float[] {700, 720, 740, 760});
            t.text(55, 714, 10, "Project").text(255, 714, 10, "Budget");
            t.text(55, 734, 10, "Alpha").text(255, 734, 10, "100");
            t.text(55, 754, 10, "Beta").text(255, 754, 10, "200");
            t.page().grid(xs, new float[] {60, 80, 100, 120});
            t.text(55, 74, 10, "Ministry").text(255, 74, 10, "Share");
            t.text(55, 94, 10, "Industry").text(255, 94, 10, "46.73");
            t.text(55, 114, 10, "Science").text(255, 114, 10, "13.51");
            pdf = t.bytes();
        }

        List<Table> tables = extract(pdf).tables().toList();

        assertThat(tables).hasSize(2);
        assertThat(tables.get(1).index()).isEqualTo(1);
        assertThat(tables.get(1).row(0)).containsExactly("Ministry", "Share");
    }

    @Test
    void hangulSyllablesDrawnSideBySideMakeOneWordAndRealGapsStay() throws Exception {
        byte[] pdf;
        try (TestPdf t = new TestPdf()) {
            t.page();
            PDFont font = t.hangulFont();
            float x = 50;
            for (String syllable : new String[] {"주", "관", "부", "처"}) {
                t.hangul(x, 100, 10, syllable);
                x += t.width(font, 10, syllable);
            }
            // two words set apart by a third of the size, without a space glyph
            t.hangul(50, 130, 10, "산업");
            t.hangul(50 + t.width(font, 10, "산업") + 3.3f, 130, 10, "융합");
            // a letter-spaced heading with real space glyphs keeps them
            t.hangul(50, 160, 10, "주 관 부 처");
            pdf = t.bytes();
        }

        assertThat(paragraphs(extract(pdf))).containsExactly("주관부처", "산업 융합", "주 관 부 처");
    }

    @Test
    void numberedLargerTextIsAHeadingWithItsNumbering() throws Exception {
        byte[] pdf;
        try (TestPdf t = new TestPdf()) {
            t.page();
            t.hangul(50, 80, 15, "IV. '20년도 재정투자계획");
            t.hangul(50, 110, 10, "2020년도 산업융합 발전 실행계획 추진을 위해 범부처 투자규모는 총 3조 3,365억원");
            t.hangul(50, 140, 11, "1-2 융합 신서비스 시장 창출");
            t.hangul(50, 170, 10, "1. 본문 크기의 번호 줄은 문단");
            pdf = t.bytes();
        }

        List<Block> blocks = extract(pdf).blocks();

        assertThat(blocks).hasSize(4);
        assertThat(blocks.get(0)).isInstanceOfSatisfying(Heading.class, h -> {
            assertThat(h.level()).isEqualTo(1);
            assertThat(h.numbering()).isEqualTo("IV.");
            assertThat(h.text()).isEqualTo("'20년도 재정투자계획");
        });
        assertThat(blocks.get(2)).isInstanceOfSatisfying(Heading.class, h -> {
            assertThat(h.level()).isEqualTo(3);
            assertThat(h.numbering()).isEqualTo("1-2");
        });
        assertThat(blocks.get(1)).isInstanceOf(Paragraph.class);
        assertThat(blocks.get(3)).isInstanceOf(Paragraph.class);
    }

    @Test
    void aPageWithoutUnicodeMappingIsWarnedAboutAndLeftOut() throws Exception {
        byte[] pdf;
        try (TestPdf t = new TestPdf()) {
            t.page().text(50, 100, 10, "Readable text");
            t.unmappedPage("ABCDEFGH");
            pdf = t.bytes();
        }

        Document d = extract(pdf);

        assertThat(paragraphs(d)).containsExactly("Readable text");
        assertThat(d.warnings()).singleElement().asString()
                .contains("page 2").contains("no Unicode mapping").contains("test.pdf");
    }

    @Test
    void aDocumentWithoutAnyMappedTextIsRefusedAsNoText() throws Exception {
        byte[] pdf;
        try (TestPdf t = new TestPdf()) {
            t.unmappedPage("ABCDEFGH");
            pdf = t.bytes();
        }

        assertThatThrownBy(() -> extract(pdf)).isInstanceOfSatisfying(ExtractionException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.NO_TEXT);
            assertThat(e.getMessage()).contains("test.pdf").contains("no page has extractable text")
                    .contains("1 whose fonts have no Unicode mapping");
        });
    }

    @Test
    void aPasswordProtectedPdfIsRefusedAsEncrypted() throws Exception {
        byte[] pdf;
        try (TestPdf t = new TestPdf()) {
            t.page().text(50, 100, 10, "Secret plan");
            PDDocument document = t.document();
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            pdf = t.bytes();
        }

        assertThatThrownBy(() -> extract(pdf)).isInstanceOfSatisfying(ExtractionException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED);
            assertThat(e.getMessage()).contains("test.pdf").contains("password");
        });
    }

    @Test
    void aPdfWithOnlyAnOwnerPasswordIsRead() throws Exception {
        byte[] pdf;
        try (TestPdf t = new TestPdf()) {
            t.page().text(50, 100, 10, "Restricted but readable");
            PDDocument document = t.document();
            AccessPermission permissions = new AccessPermission();
            permissions.setCanModify(false);
            document.protect(new StandardProtectionPolicy("owner-pw", "", permissions));
            pdf = t.bytes();
        }

        assertThat(paragraphs(extract(pdf))).containsExactly("Restricted but readable");
    }

    @Test
    void noiseNamedPdfIsRefusedAsCorrupt() {
        byte[] noise = new byte[20_000];
        new Random(42).nextBytes(noise);

        assertThatThrownBy(() -> extract(noise)).isInstanceOfSatisfying(ExtractionException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
            assertThat(e.getMessage()).contains("test.pdf").contains("a damaged or truncated PDF");
        });
    }

    @Test
    void aTruncatedPdfIsRefusedAsCorrupt() throws Exception {
        byte[] pdf;
        try (TestPdf t = new TestPdf()) {
            t.page().text(50, 100, 10, "A page that will be cut off");
            pdf = t.bytes();
        }
        byte[] truncated = Arrays.copyOf(pdf, pdf.length / 3);

        assertThatThrownBy(() -> extract(truncated)).isInstanceOfSatisfying(ExtractionException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
            assertThat(e.getMessage()).contains("test.pdf");
        });
    }

    @Test
    void anEmptyFileIsRefusedAsEmpty() {
        assertThatThrownBy(() -> extract(new byte[0])).isInstanceOfSatisfying(ExtractionException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
    }

    @Test
    void aThousandPagePdfIsReadWithinSecondsAndRefusedOverTheConfiguredPageLimit() throws Exception {
        byte[] pdf;
        try (TestPdf t = new TestPdf()) {
            for (int i = 1; i <= 1000; i++) {
                t.page().text(50, 100, 10, "Page " + i + " of the long annex");
            }
            pdf = t.bytes();
        }

        long start = System.nanoTime();
        Document d = extract(pdf);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(d.metadata().pageCount()).isEqualTo(1000);
        assertThat(paragraphs(d)).hasSize(1000).endsWith("Page 1000 of the long annex");
        assertThat(took).isLessThan(Duration.ofSeconds(10));

        PdfExtractor limited = new PdfExtractor(PdfExtractorConfig.defaults().withMaxPages(500));
        assertThatThrownBy(() -> limited.extract(new ByteArrayInputStream(pdf), "annex.pdf"))
                .isInstanceOfSatisfying(ExtractionException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
                    assertThat(e.getMessage()).contains("annex.pdf").contains("1000 pages").contains("500");
                });
    }

    @Test
    void aPageDrawingThousandsOfLinesIsReadAsTextWithAWarning() throws Exception {
        byte[] pdf;
        try (TestPdf t = new TestPdf()) {
            t.page().text(50, 80, 10, "Hatched chart");
            for (int row = 0; row < 70; row++) {
                for (int x = 50; x < 450; x += 8) {
                    t.line(x, 100 + row * 2, x + 5, 100 + row * 2);
                }
            }
            pdf = t.bytes();
        }

        Document d = extract(pdf);

        assertThat(d.tables()).isEmpty();
        assertThat(paragraphs(d)).containsExactly("Hatched chart");
        assertThat(d.warnings()).singleElement().asString().contains("page 1").contains("ruled tables were not looked for");
    }

    @Test
    void aFileOverTheByteLimitIsRefusedWhileCopied() throws Exception {
        byte[] pdf;
        try (TestPdf t = new TestPdf()) {
            t.page().text(50, 100, 10, "Small");
            pdf = t.bytes();
        }
        PdfExtractor tiny = new PdfExtractor(new PdfExtractorConfig(10, 100, 1024 * 1024));

        assertThatThrownBy(() -> tiny.extract(new ByteArrayInputStream(pdf), "big.pdf"))
                .isInstanceOfSatisfying(ExtractionException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
                    assertThat(e.getMessage()).contains("big.pdf").contains("100 bytes");
                });
    }
}
