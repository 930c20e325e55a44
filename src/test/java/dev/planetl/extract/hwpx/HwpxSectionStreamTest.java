package dev.planetl.extract.hwpx;

import dev.planetl.extract.Block;
import dev.planetl.extract.Document;
import dev.planetl.extract.Paragraph;
import dev.planetl.extract.Table;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Hangul-saved HWPX on which hwpxlib throws NullPointerException is read from its section XML. The expected
 * text is that of the package's own Contents/section0.xml and Preview/PrvText.txt, read by eye after unzip.
 */
class HwpxSectionStreamTest {

    private static final String GUIDE = "/corpus/kordoc__HWP5-nopassword-123456.hwpx";

    @Test
    void packageHwpxlibCannotReadIsReadFromItsSectionXml() throws Exception {
        // given
        Document doc;
        try (InputStream in = getClass().getResourceAsStream(GUIDE)) {
            // when
            doc = new HwpxExtractor().extract(in, "guide.hwpx");
        }

        // then
        assertThat(doc.warnings()).singleElement().asString()
                .contains("hwpxlib could not read the package", "is null", "section XML was read");
        List<Table> tables = doc.tables().toList();
        assertThat(tables).hasSize(2);
        assertThat(tables.get(0).rowCount()).isEqualTo(4);
        assertThat(tables.get(0).row(0)).containsExactly("운  영   체  제",
                "▸ 각국어판 윈도우  95/98 각국어판 윈도우 NT 4.0 이상");
        assertThat(tables.get(0).row(3).get(0)).isEqualTo("주  변   장  치");
        List<String> paragraphs = doc.blocks().stream().filter(Paragraph.class::isInstance)
                .map(b -> ((Paragraph) b).text()).toList();
        assertThat(paragraphs).contains("ᄒᆞᆫ글 97 안내문",
                "이 내용을 모두 읽은 다음에는 자신에게 필요한 정보만을 그때그때 손쉽게 찾아서 읽을 수 있습니다.");
        assertThat(doc.blocks()).hasSizeGreaterThan(300).allSatisfy(b -> assertThat(b).isInstanceOf(Block.class));
    }
}
