package dev.planetl.read.vocab;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CellPatternsTest {

    @TempDir
    Path dir;

    @Test
    void thePackagedPatternsTellCountsRatesPeriodsAndYearsFromMoney() {
        CellPatterns p = CellPatterns.standard();
        assertThat(List.of("51명", "3,617건", "2만 가구", "4.5%p", "12개소(누적)")).allMatch(t -> p.count().matcher(t).matches());
        assertThat(List.of("증감률", "증 감 률", "전년대비 증감", "비중(%)")).allMatch(t -> p.rateRow().matcher(t).matches());
        assertThat(List.of("'20~'25", "2012년", "'24", "계속", "2023.3.~")).allMatch(t -> p.scheduleMark().matcher(t)
                .matches());
        assertThat(List.of("1999년", "'21", "2020~2024", "’23년도")).allMatch(t -> p.yearCell().matcher(t).matches());
        // money stays money
        assertThat(List.of("1,234", "△50", "120억원", "2,000")).noneMatch(t -> p.count().matcher(t).matches()
                || p.scheduleMark().matcher(t).matches() || p.yearCell().matcher(t).matches());
    }

    @Test
    void aPatternThatDoesNotCompileIsRefusedWithItsFileAndLine() throws Exception {
        Path file = write("""
                # header
                count\t\\d+명
                rate_row\t증감률
                schedule_mark\t계속
                year_cell\t(19|20\\d{2}년
                """);
        assertThatThrownBy(() -> CellPatterns.from(VocabularySource.folder(dir)))
                .isInstanceOf(VocabularyException.class)
                .hasMessageContaining(file.toAbsolutePath().normalize() + ":5:")
                .hasMessageContaining("does not compile");
    }

    @Test
    void anUnknownKindAndAMissingKindAreRefused() throws Exception {
        Path file = write("count\t\\d+명\nrate\t증감률\n");
        assertThatThrownBy(() -> CellPatterns.from(VocabularySource.folder(dir)))
                .hasMessageContaining(file.toAbsolutePath().normalize() + ":2:").hasMessageContaining("unknown kind");
        write("count\t\\d+명\nrate_row\t증감률\nschedule_mark\t계속\n");
        assertThatThrownBy(() -> CellPatterns.from(VocabularySource.folder(dir)))
                .hasMessageContaining("no line of kind year_cell");
    }

    private Path write(String text) throws Exception {
        Path file = dir.resolve("cell-patterns.tsv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
