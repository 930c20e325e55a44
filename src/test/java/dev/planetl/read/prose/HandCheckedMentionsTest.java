package dev.planetl.read.prose;

import dev.planetl.read.BudgetMention;
import dev.planetl.read.MentionKind;
import dev.planetl.read.classify.PlanClassifier;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision on a sample checked by a person: every one of the 50 mentions in
 * {@code mentions/hand-checked.tsv} must be produced, with the same subject, year, period, amount, kind and
 * currency.
 */
class HandCheckedMentionsTest {

    private record Row(String seed, String sentence, String subject, Integer fiscalYear, int periodStart,
                       int periodEnd, String asWritten, BigDecimal amount, MentionKind kind, String currency) {
    }

    private static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = HandCheckedMentionsTest.class.getResourceAsStream("/mentions/hand-checked.tsv")) {
            String text = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
            boolean header = true;
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = line.split("\t", -1);
                String[] period = c[4].split("-");
                rows.add(new Row(c[0], c[1], c[2], c[3].isEmpty() ? null : Integer.valueOf(c[3]),
                        Integer.parseInt(period[0]), Integer.parseInt(period[period.length - 1]), c[5],
                        new BigDecimal(c[6]), MentionKind.valueOf(c[7]), c[8]));
            }
        }
        return rows;
    }

    @Test
    void everyHandCheckedMentionIsProducedExactly() throws IOException {
        List<Row> rows = rows();
        assertThat(rows).hasSize(50);
        Map<String, List<BudgetMention>> bySeed = new HashMap<>();
        BudgetMentionReader reader = new BudgetMentionReader();
        PlanClassifier classifier = new PlanClassifier();
        for (Row row : rows) {
            List<BudgetMention> mentions = bySeed.computeIfAbsent(row.seed(), seed -> {
                var document = LineDocuments.seed(seed);
                return reader.read(document, classifier.classify(document).plan().planYear()).mentions();
            });
            List<BudgetMention> candidates = mentions.stream()
                    .filter(m -> m.amountAsWritten().equals(row.asWritten()))
                    .filter(m -> m.sentence().contains(row.sentence()))
                    .filter(m -> m.subject().equals(row.subject()))
                    .toList();
            assertThat(candidates).as("%s: %s in '%s' for '%s'", row.seed(), row.asWritten(), row.sentence(),
                    row.subject()).isNotEmpty();
            assertThat(candidates).as(row.toString()).anySatisfy(m -> {
                assertThat(m.fiscalYear()).isEqualTo(row.fiscalYear());
                assertThat(m.periodStart()).isEqualTo(row.periodStart());
                assertThat(m.periodEnd()).isEqualTo(row.periodEnd());
                assertThat(m.amount()).isEqualByComparingTo(row.amount());
                assertThat(m.kind()).isEqualTo(row.kind());
                assertThat(m.currency()).isEqualTo(row.currency());
            });
        }
    }
}
