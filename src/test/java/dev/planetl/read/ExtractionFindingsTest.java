package dev.planetl.read;

import dev.planetl.extract.Document;
import dev.planetl.extract.DocumentFormat;
import dev.planetl.extract.DocumentMetadata;
import dev.planetl.extract.Paragraph;
import dev.planetl.extract.Provenance;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What an extractor worked around reaches the steward as a finding, not only the extractor's own output. */
class ExtractionFindingsTest {

    @Test
    void eachExtractionWarningIsAFindingOfItsOwn() {
        Document document = new Document(new DocumentMetadata(DocumentFormat.PDF, "application/pdf", null, null, 3,
                null, Map.of()), List.of(new Paragraph("2025년 시행계획", Provenance.ofLine(1, 1))), List.of(
                "plan.pdf: page 2 has no text layer (blank or an image)",
                "plan.pdf: page 3: 41 of 900 glyphs have no Unicode mapping in their font; the page's text is left out"));

        ReadResult read = PlanDocumentReader.standard().read(document);

        assertThat(read.findings()).filteredOn(f -> f.rule().equals(PlanDocumentReader.EXTRACT_PARTIAL))
                .extracting(Finding::severity, Finding::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Severity.WARNING,
                                "plan.pdf: page 2 has no text layer (blank or an image)"),
                        org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "plan.pdf: page 3: 41 of 900 glyphs have"
                                + " no Unicode mapping in their font; the page's text is left out"));
    }
}
