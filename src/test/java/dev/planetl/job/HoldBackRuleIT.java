package dev.planetl.job;

import dev.planetl.load.DocumentFacts;
import dev.planetl.load.RegisteredDocument;
import dev.planetl.load.RunSummary;
import dev.planetl.read.BudgetLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default policy never lets the warehouse disagree with a total a document prints: small project lists in
 * the text rendering's layout through the whole standard pipeline.
 */
class HoldBackRuleIT {

    private static final String HEAD = "제2차 산업융합발전 기본계획 '20년도 실행계획\n\n2020. 7.\n\n관계부처 합동\n\n"
            + "2020년도 세부 추진과제별 투자계획(안)\n\n(단위: 백만원)\n\n추진 내용\t'20년도 예산\t신규여부\t주관부처\n";

    @Test
    void a_printed_decrease_is_a_negative_line_and_the_lines_add_up_to_the_printed_total(@TempDir Path dir)
            throws Exception {
        // given lines of 1,000 and △300 under a printed total of 700
        DocumentFacts facts = process(dir, HEAD + "산업데이터 플랫폼 구축\t1,000\t계속\t산업부\n"
                + "노후설비 교체 감액\t△300\t계속\t산업부\n합계\t700\t\t\n");
        // then both lines are published, the △300 as −300 million won, and they add up to the 700 printed
        assertThat(facts.lines()).extracting(BudgetLine::amountKrw).map(BigDecimal::toBigInteger)
                .containsExactly(new BigDecimal("1000000000").toBigInteger(),
                        new BigDecimal("-300000000").toBigInteger());
        assertThat(facts.lines().stream().map(BudgetLine::amountKrw).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("700000000");
        assertThat(facts.findings()).noneMatch(f -> f.rule().contains("negative"));
        assertThat(facts.heldBack()).isFalse();
    }

    @Test
    void a_document_with_a_rejected_value_is_held_back_whole_even_when_no_check_covers_it(@TempDir Path dir)
            throws Exception {
        // given a line whose ministry no dictionary knows: the reader rejects it, and the printed 700 stands
        // under no heading, so no check compares it with the lines
        DocumentFacts facts = process(dir, HEAD + "산업데이터 플랫폼 구축\t1,000\t계속\t산업부\n"
                + "노후설비 교체 감액\t△300\t계속\t우주항공해양부처\n합계\t700\t\t\n");
        // then the 1,000 line alone would disagree with the 700: the document is held back
        assertThat(facts.findings()).anyMatch(f -> f.severity() == dev.planetl.read.Severity.ERROR);
        assertThat(facts.heldBack()).isTrue();
        assertThat(facts.holdBackReason()).startsWith("held back: ").contains("error finding(s)");
    }

    @Test
    void a_run_with_a_document_published_with_error_findings_is_not_all_good() {
        assertThat(new RunSummary(1, 3, 3, 0, 0, 0, 10, 2, 0, 0).allGood()).isTrue();
        assertThat(new RunSummary(1, 3, 3, 0, 0, 0, 10, 2, 0, 1).allGood()).isFalse();
        assertThat(new RunSummary(1, 3, 3, 0, 0, 0, 10, 2, 0, 1).line()).contains("1 published with findings");
        assertThat(new RunSummary(1, 3, 3, 0, 1, 0, 10, 2, 0, 0).allGood()).isFalse();
        assertThat(new RunSummary(1, 3, 3, 0, 0, 1, 10, 2, 0, 0).allGood()).isFalse();
    }

    private static DocumentFacts process(Path dir, String text) throws Exception {
        Path file = Files.writeString(dir.resolve("plan.txt"), text, StandardCharsets.UTF_8);
        return Pipelines.standard(JobDefinition.defaults().withExtraction(ExtractionSettings.inProcess())).process(
                new RegisteredDocument(1, "0".repeat(64), "plan.txt", file, null));
    }
}
