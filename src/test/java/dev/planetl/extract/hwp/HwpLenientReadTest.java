package dev.planetl.extract.hwp;

import dev.planetl.extract.Document;
import dev.planetl.extract.Table;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Hangul-saved press release on which hwplib stops at a picture group (a container whose pictures carry a
 * control-data record hwplib does not expect): the group is cut out with a warning, the text and the 26
 * statistics tables stay. The expected cells are those of the file's own preview text (PrvText, written by
 * Hangul), read by eye.
 */
class HwpLenientReadTest {

    private static final String PRESS_RELEASE = "/corpus/rhwp__2024년 1분기 해외직접투자 보도자료 ff.hwp";

    @Test
    void drawingObjectHwplibCannotReadCostsThatObjectNotTheDocument() throws Exception {
        // given
        Document doc;
        try (InputStream in = getClass().getResourceAsStream(PRESS_RELEASE)) {
            // when
            doc = new HwpExtractor().extract(in, "press-release.hwp");
        }

        // then
        List<Table> tables = doc.tables().toList();
        assertThat(tables).hasSize(26);
        assertThat(doc.warnings()).singleElement().asString()
                .contains("BodyText/Section0, paragraph 30", "drawing object 'gso'", "Shape Component");
        assertThat(tables.get(3).row(2)).containsExactly("총투자", "282.3", "198.5", "184.8", "150.9", "176.8",
                "159.8", "150.5", "157.7", "150.9");
        assertThat(tables.get(4).row(2)).containsExactly("‘24.1Q", "55.0", "40.5", "22.4", "9.3", "6.3");
        assertThat(doc.blocks()).anySatisfy(b -> assertThat(b.toString()).contains("순투자액은 128.7억 달러"));
    }
}
