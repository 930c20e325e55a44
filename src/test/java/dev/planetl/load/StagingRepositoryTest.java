package dev.planetl.load;

import dev.planetl.extract.Provenance;
import dev.planetl.read.Finding;
import dev.planetl.read.Measure;
import dev.planetl.read.ReportedTotal;
import dev.planetl.read.SourceRef;
import dev.planetl.read.TotalKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StagingRepositoryTest {

    private static ReportedTotal ministryTotal(String amount, int table) {
        return new ReportedTotal(TotalKind.MINISTRY, 2019, Measure.ACTUAL, "환경부", "환경부", null, null, null, null,
                null, new BigDecimal(amount), amount, "억원",
                new SourceRef(new Provenance(null, table, 3, 1, null, null), amount));
    }

    @Test
    void aFigureTwoTablesPrintAlikeIsOneRowWithBothSources() {
        List<Finding> findings = new ArrayList<>();

        var rows = StagingRepository.mergeTotals(List.of(ministryTotal("25460000000", 1),
                ministryTotal("25460000000.00", 3)), findings);

        assertThat(rows).singleElement().satisfies(r -> assertThat(r.refs()).containsExactly("t1/r3/c1", "t3/r3/c1"));
        assertThat(findings).isEmpty();
    }

    @Test
    void aFigureTwoTablesPrintDifferentlyIsNotLoadedAtAll() {
        List<Finding> findings = new ArrayList<>();

        var rows = StagingRepository.mergeTotals(List.of(ministryTotal("25460000000", 1),
                ministryTotal("25470000000", 3)), findings);

        assertThat(rows).isEmpty();
        assertThat(findings).hasSize(2).allMatch(f -> f.rule().equals("figure.conflict"));
    }
}
