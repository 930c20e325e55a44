package dev.planetl.read.prose;

import dev.planetl.read.BudgetMention;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever converters leave behind, the reader answers with mentions and findings, never an exception. */
class BudgetMentionReaderPropertiesTest {

    private static final List<String> TOKENS = List.of("(", ")", "((", "))", ",", " ", "'", "’", "‘", "`", "~", "-",
            "→", "->", "24", "2025", "년", "년도", "억", "억원", "조", "천만", "만", "원", "달러", "위안", "엔", "유로",
            "1,234", "3.5", "0.9", "국비", "민간", "총", "약", "당", "/", "건", "개", "*", "ㅇ ", "- ", "□ ", "(규모)",
            "사업", "과제", "△", "%", ":", "上", ".", "계속", "\n");

    private final BudgetMentionReader reader = new BudgetMentionReader();

    @Provide
    Arbitrary<String> fragments() {
        return Arbitraries.of(TOKENS).list().ofMinSize(1).ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 2000)
    void neverThrowsAndEveryMentionIsWhole(@ForAll("fragments") String text) {
        BudgetMentionReader.Result r = reader.read(LineDocuments.of(text.split("\n")), 2025);
        for (BudgetMention m : r.mentions()) {
            assertThat(m.amount()).isNotNull();
            assertThat(m.amount().signum()).isPositive();
            assertThat(m.subject()).isNotBlank();
            assertThat(m.periodStart()).isLessThanOrEqualTo(m.periodEnd());
        }
    }
}
