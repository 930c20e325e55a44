package dev.planetl.read;

import dev.planetl.extract.Document;
import dev.planetl.job.Pipelines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 해외직접투자 releases of the corpus (기획재정부, rhwp's samples) print dollar flows by quarter, industry and
 * country: no budget. Read as one, every cell of their statistics tables was an error (unit.missing,
 * number.malformed: 1,068 and 1,260 of them) and two of their sentences became budget mentions (39.2억 달러 of
 * US investment). Their head names a release and the statistic, so nothing of them is read as a budget.
 */
class StatisticsReleaseTest {

    @ParameterizedTest
    @ValueSource(strings = {"rhwp__2024년 1분기 해외직접투자 보도자료 ff.hwp", "rhwp__2024년 연간 해외직접투자 보도자료 _ ff.hwpx"})
    void aForeignDirectInvestmentReleaseYieldsNoBudgetAndNoErrors(String file) throws Exception {
        Document document = Pipelines.extraction().extract(Path.of("src/test/resources/corpus", file));

        ReadResult read = PlanDocumentReader.standard().read(document);

        assertThat(read.lines()).isEmpty();
        assertThat(read.totals()).isEmpty();
        assertThat(read.facts()).isEmpty();
        assertThat(read.mentions()).isEmpty();
        assertThat(read.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(read.findings()).filteredOn(f -> f.rule().equals(PlanDocumentReader.TABLE_NOT_BUDGET))
                .hasSize((int) document.tables().count())
                .allMatch(f -> f.message().contains("'해외직접투자' statistics"));
    }
}
