package dev.planetl.extract;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentWriterTest {

    private final DocumentWriter writer = new DocumentWriter();

    private final Document document = new Document(
            new DocumentMetadata(DocumentFormat.TEXT, "text/plain", null, null, null, null, Map.of("charset", "UTF-8")),
            List.of(new Heading(3, "1-1", "선도적 산업데이터 플랫폼", Provenance.ofLine(2, 683)),
                    new Paragraph("(단위: 백만원)", Provenance.ofLine(2, 687)),
                    new Table(0, 2, 3, 1, List.of(
                            new Cell(0, 0, 1, 2, "추진\t내용", Provenance.ofLine(2, 689).inTable(0).atCell(0, 0)),
                            new Cell(0, 2, 1, 1, "예산", Provenance.ofLine(2, 689).inTable(0).atCell(0, 2)),
                            new Cell(1, 0, 1, 1, "CDM\\기반\n플랫폼", Provenance.ofLine(3, 690).inTable(0).atCell(1, 0)),
                            new Cell(1, 1, 1, 1, "", Provenance.ofLine(3, 690).inTable(0).atCell(1, 1)),
                            new Cell(1, 2, 1, 1, "6,288", Provenance.ofLine(3, 690).inTable(0).atCell(1, 2))),
                            Provenance.ofLine(2, 689).inTable(0))),
            List.of("line 1561: a warning"));

    @Test
    void tsvHasATableHeaderLineAndEscapedCells() {
        assertThat(writer.tsv(document)).isEqualTo(
                "# table 0 page 2 rows 2 cols 3 header 1 line 689\n"
                        + "추진\\t내용\t\t예산\n"
                        + "CDM\\\\기반\\n플랫폼\t\t6,288\n");
    }

    @Test
    void tsvSeparatesTablesByABlankLineAndMarksUnknownPageAndLine() {
        Table t = new Table(1, 1, 1, 0, List.of(new Cell(0, 0, 1, 1, "가", Provenance.ofPage(null))), Provenance.ofPage(null));
        Document two = new Document(document.metadata(), List.of(document.blocks().get(2), t));

        assertThat(writer.tsv(two)).endsWith("6,288\n\n# table 1 page - rows 1 cols 1 header 0 line -\n가\n");
    }

    @Test
    void jsonListsBlocksWithTheirProvenance() {
        JsonNode root = JsonMapper.builder().build().readTree(writer.json(document));

        assertThat(root.get("metadata").get("format").asString()).isEqualTo("TEXT");
        assertThat(root.get("warnings").get(0).asString()).isEqualTo("line 1561: a warning");
        JsonNode blocks = root.get("blocks");
        assertThat(blocks.get(0).get("type").asString()).isEqualTo("heading");
        assertThat(blocks.get(0).get("numbering").asString()).isEqualTo("1-1");
        assertThat(blocks.get(0).get("provenance").get("ref").asString()).isEqualTo("p2/l683");
        assertThat(blocks.get(2).get("headerRows").asInt()).isEqualTo(1);
        JsonNode first = blocks.get(2).get("cells").get(0);
        assertThat(first.get("columnSpan").asInt()).isEqualTo(2);
        assertThat(first.get("text").asString()).isEqualTo("추진\t내용");
        assertThat(blocks.get(2).get("cells").get(2).get("provenance").get("line").asInt()).isEqualTo(690);
    }

    @Test
    void streamsAreUtf8() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        writer.writeTsv(document, out);

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("# table 0").contains("예산");
    }
}
