package dev.planetl.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

import dev.planetl.extract.Document;
import dev.planetl.extract.Paragraph;

/**
 * A page set in two columns the way 회의록 and 보도자료 are: a full-width title, then justified lines in a left and a
 * right column sharing their baselines, with a gutter between them. The text must read column by column. The
 * expected order is the order the test draws the sentences in.
 */
class TwoColumnPagePdfTest {

    private static final float SIZE = 10;
    private static final float LEFT = 50;
    private static final float GUTTER_LEFT = 290;
    private static final float GUTTER_RIGHT = 312;
    private static final float RIGHT = 550;
    private static final int LINES = 10;

    @Test
    void aTwoColumnPageReadsTheLeftColumnThenTheRightOneAndNeverALineAcrossBoth() throws Exception {
        byte[] pdf;
        try (TestPdf t = new TestPdf()) {
            t.page();
            PDFont font = t.hangulFont();
            t.hangul(LEFT, 60, 14, "제299회 국회 특별위원회 회의록 제4호 전체 회의 내용 요약본");
            for (int i = 0; i < LINES; i++) {
                float y = 100 + 14 * i;
                justified(t, font, LEFT, GUTTER_LEFT, y, words("왼쪽", i));
                justified(t, font, GUTTER_RIGHT, RIGHT, y, words("오른쪽", i));
            }
            t.hangul(LEFT, 100 + 14 * LINES + 40, SIZE, "부록 전체 폭으로 다시 쓰는 문단의 첫 줄은 양쪽 단을 모두 가로질러 이어집니다");
            pdf = t.bytes();
        }

        TestPdf.keep(pdf, "two-columns.pdf");
        Document d = new PdfExtractor().extract(new ByteArrayInputStream(pdf), "two-columns.pdf");

        List<String> texts = d.blocks().stream().filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text())
                .toList();
        assertThat(texts).noneMatch(s -> s.contains("왼쪽") && s.contains("오른쪽"));
        String all = String.join("\n", texts);
        int previous = all.indexOf("제299회");
        for (String side : new String[] {"왼쪽", "오른쪽"}) {
            for (int i = 0; i < LINES; i++) {
                int at = all.indexOf(side + i + "번째 ");
                assertThat(at).as("%s line %d after the one before it", side, i).isGreaterThan(previous);
                previous = at;
            }
        }
        assertThat(all.indexOf("부록")).as("the full-width paragraph under both columns comes last")
                .isGreaterThan(previous);
    }

    /** The words of one line: rotated per line so that no word gap lines up down the column, as in prose. */
    private static String[] words(String side, int line) {
        String[] pool = {"위원회", "회의", "내용을", "이어서", "기록합니다", "정부는", "예산안을", "심사하고"};
        String[] out = new String[5];
        out[0] = side + line + "번째";
        for (int k = 1; k < out.length; k++) {
            out[k] = pool[(line * 3 + k) % pool.length];
        }
        return out;
    }

    /** Words spread from {@code from} to {@code to}, the last one ending at {@code to}: a justified line. */
    private static void justified(TestPdf t, PDFont font, float from, float to, float y, String[] words) {
        float total = 0;
        for (String w : words) {
            total += t.width(font, SIZE, w);
        }
        float gap = (to - from - total) / (words.length - 1);
        float x = from;
        for (String w : words) {
            t.hangul(x, y, SIZE, w);
            x += t.width(font, SIZE, w) + gap;
        }
    }
}
