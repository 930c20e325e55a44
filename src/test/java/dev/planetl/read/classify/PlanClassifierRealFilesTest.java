package dev.planetl.read.classify;

import dev.planetl.extract.Document;
import dev.planetl.extract.hwp.HwpExtractor;
import dev.planetl.read.PlanInfo;
import dev.planetl.read.prose.LineDocuments;
import org.junit.jupiter.api.Test;

import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The classifier on real files of the corpus whose title pages are not those of a plan. */
class PlanClassifierRealFilesTest {

    private final PlanClassifier classifier = new PlanClassifier();

    private PlanInfo classify(String corpusFile) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/corpus/" + corpusFile)) {
            Document doc = new HwpExtractor().extract(in, corpusFile);
            return classifier.classify(doc).plan();
        }
    }

    @Test
    void aRequestForProposalHasNoPlanTitleTakenFromAHeadingInItsBody() throws Exception {
        PlanInfo plan = classify("rhwp__kps-ai.hwp");

        // a body line '3)도메인(Domain): … 서비스 전략' was taken for a strategy's title before
        assertThat(plan.title()).isNull();
        assertThat(plan.series()).isNull();
    }

    @Test
    void anInvestmentPlanGivesItsYearFromItsTitle() {
        PlanInfo plan = classifier.classify(LineDocuments.of("2020년도 세부 추진과제별 투자계획(안)", "2020. 3.",
                "관계부처 합동")).plan();

        assertThat(plan.title()).isEqualTo("2020년도 세부 추진과제별 투자계획(안)");
        assertThat(plan.planYear()).isEqualTo(2020);
    }

    @Test
    void listItemsAndDefinitionsAreNoTitles() {
        PlanInfo plan = classifier.classify(LineDocuments.of("가. 세부 추진 전략", "① 2025년도 시행계획",
                "3)도메인(Domain): 서비스를 결정하는 서비스 전략")).plan();

        assertThat(plan.title()).isNull();
    }
}
