package dev.planetl.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextTableTest {

    @Test
    void hangulCountsTwoColumnsSoColumnsLineUp() {
        String table = TextTable.aligned(List.of("ministry", "n"),
                List.of(List.of("환경부", "3"), List.of("MOE", "12")));

        List<String> lines = table.lines().toList();
        assertThat(lines.get(0)).isEqualTo("ministry | n");
        assertThat(lines.get(2)).isEqualTo("환경부   | 3");
        assertThat(lines.get(3)).isEqualTo("MOE      | 12");
        assertThat(lines.get(4)).isEqualTo("(2 rows)");
        assertThat(TextTable.width("환경부")).isEqualTo(6);
    }

    @Test
    void csvQuotesWhatNeedsQuoting() {
        String csv = TextTable.csv(List.of("program", "amount"),
                List.of(List.of("가, 나 사업", "1"), List.of("\"큰\" 사업", "")));

        assertThat(csv).isEqualTo("program,amount\r\n\"가, 나 사업\",1\r\n\"\"\"큰\"\" 사업\",\r\n");
    }
}
