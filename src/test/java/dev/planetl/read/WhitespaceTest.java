package dev.planetl.read;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class WhitespaceTest {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Test
    void examples() {
        assertThat(Whitespace.collapse(" 2024년  예산\n(억원) ")).isEqualTo("2024년 예산 (억원)");
        assertThat(Whitespace.collapse("\u3000계\u3000")).isEqualTo("계");
        assertThat(Whitespace.collapse("a\u00A0 b")).isEqualTo("a\u00A0 b");
        assertThat(Whitespace.collapse("")).isEmpty();
        assertThat(Whitespace.remove("합 \t계\r\n")).isEqualTo("합계");
        assertThat(Whitespace.remove("합\u3000계")).isEqualTo("합\u3000계");
    }

    @Test
    void theSameAsTheirPatternsOnRandomTextAndOnTheSeeds() throws IOException {
        // given random strings over letters and every kind of space, \s or not, and every line of the seeds' text
        List<String> texts = new ArrayList<>();
        char[] alphabet = {'a', '계', '1', ' ', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u3000', '\u2003',
            '\u0085', '\u2028', '\u001C'};
        Random random = new Random(20261204);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int j = random.nextInt(12); j > 0; j--) {
                b.append(alphabet[random.nextInt(alphabet.length)]);
            }
            texts.add(b.toString());
        }
        try (Stream<Path> files = Files.list(Path.of("sample-docs"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String all = Files.readString(file, StandardCharsets.UTF_8);
                texts.addAll(all.lines().toList());
                texts.add(all);
            }
        }
        // then each rule gives what its pattern gives
        for (String text : texts) {
            assertThat(Whitespace.collapse(text)).as(text).isEqualTo(SPACES.matcher(text).replaceAll(" ").strip());
            assertThat(Whitespace.collapse(new StringBuilder(text))).as(text)
                    .isEqualTo(SPACES.matcher(text).replaceAll(" ").strip());
            assertThat(Whitespace.remove(text)).as(text).isEqualTo(SPACES.matcher(text).replaceAll(""));
        }
    }
}
