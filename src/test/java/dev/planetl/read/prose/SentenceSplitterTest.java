package dev.planetl.read.prose;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {

    private List<Sentence> split(String... lines) {
        return new SentenceSplitter().split(TextLines.of(LineDocuments.of(lines)));
    }

    @Test
    void aLineWithoutBulletContinuesTheBulletAbove() {
        List<Sentence> s = split("ㅇ 철강 등 온실가스 多배출 4대 업종* 친환경 전환에 '25년 1,286억원을",
                "투입하여 친환경 원료 제조 기술개발 등 추진",
                "* 저품위 산화광 니켈원료 제조공정 기술개발사업 신규 기획(‘25~’29, 총 35억원 규모)");
        assertThat(s).hasSize(2);
        assertThat(s.get(0).marker()).isEqualTo("ㅇ");
        assertThat(s.get(0).text()).endsWith("1,286억원을 투입하여 친환경 원료 제조 기술개발 등 추진");
        assertThat(s.get(1).footnote()).isTrue();
        assertThat(s.get(1).parent()).startsWith("철강 등 온실가스");
        assertThat(s.get(0).provenance().line()).isEqualTo(1);
        assertThat(s.get(1).provenance().line()).isEqualTo(3);
    }

    @Test
    void markdownBulletsAndBoldOfConvertedText() {
        List<Sentence> s = split("- **문화예술, 관광 등과 첨단기술 융합을 통한 콘텐츠 융합 지원**(문화부)",
                " - * '23~'30년(총8년), 총 9,352억원(국비 6,947억원)지원");
        assertThat(s.get(0).marker()).isEqualTo("-");
        assertThat(s.get(0).text()).isEqualTo("문화예술, 관광 등과 첨단기술 융합을 통한 콘텐츠 융합 지원(문화부)");
        assertThat(s.get(1).marker()).isEqualTo("- *");
        assertThat(s.get(1).footnote()).isTrue();
    }

    @Test
    void pageNumberLinesAreSkippedAndACaptionStandsAlone() {
        List<Sentence> s = split("< 2024년 소재부품기술개발(세부)사업 현황 >", "소재부품기술개발사업 11,410억원 (‘24)", "- 7 -");
        assertThat(s).extracting(Sentence::text)
                .containsExactly("2024년 소재부품기술개발(세부)사업 현황 >", "소재부품기술개발사업 11,410억원 (‘24)");
    }

    @Test
    void aLineEndingASentenceIsNotContinuedByTheNextUnmarkedLine() {
        List<Sentence> s = split("○ 교육부는 산학협력 인재육성 프로그램을 추진 중에 있으며, 인재를 양성할 계획임",
                "’18년 기업 경비 규모는 77.44억 위안에 달함.", "저장대학 등 대학은 이미 AI 전공을 개설");
        assertThat(s).extracting(Sentence::text).containsExactly(
                "교육부는 산학협력 인재육성 프로그램을 추진 중에 있으며, 인재를 양성할 계획임",
                "’18년 기업 경비 규모는 77.44억 위안에 달함.", "저장대학 등 대학은 이미 AI 전공을 개설");
    }

    @Test
    void aLineEndsAsItsPatternSays() {
        // given random lines over endings, syllables, other letters and every kind of whitespace and line end
        String[] pieces = {"함", "음", "임", "됨", ".", "가", "힣", "a", "1", " ", "\t", "\n", "\r", "\r\n", "\u0085",
            "\u2028", "\u3000", "\u000B"};
        Random random = new Random(1204);
        int ended = 0;
        for (int k = 0; k < 50_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int j = random.nextInt(6); j > 0; j--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String line = b.toString();
            // then reading from the end gives what the pattern finds
            boolean expected = SentenceSplitter.ENDED.matcher(line).find();
            assertThat(SentenceSplitter.ended(line)).as("'%s'", line).isEqualTo(expected);
            ended += expected ? 1 : 0;
        }
        assertThat(ended).isBetween(5_000, 45_000);
        assertThat(SentenceSplitter.ended("지원함")).isTrue();
        assertThat(SentenceSplitter.ended("지원 함")).isFalse();
        assertThat(SentenceSplitter.ended("예산 확보.  ")).isTrue();
    }

    @Test
    void aLineTheFirstCharacterRulesOutOpensNoItem() throws IOException {
        // given the seeds' lines, stripped as the splitter reads them, and random lines that start with each
        // character of the marker pattern, its numbering labels, syllables and other letters
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("sample-docs"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Files.readAllLines(file, StandardCharsets.UTF_8).forEach(l -> lines.add(l.strip()));
            }
        }
        String starts = SentenceSplitter.MARKER.pattern() + "①⑳❶➓가하ㅇ각힣aZ1 2.\t";
        String[] follows = {" ", "\t", ".", ". ", "(", "*", "**", "가", "1", "12", "12.", "-", "- "};
        Random random = new Random(1204);
        for (int k = 0; k < 30_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int j = 1 + random.nextInt(3); j > 0; j--) {
                b.append(j == 1 && random.nextBoolean() ? follows[random.nextInt(follows.length)]
                        : String.valueOf(starts.charAt(random.nextInt(starts.length()))));
            }
            lines.add(b.toString());
        }
        // then every line the pattern opens an item with passes the first-character test
        int items = 0;
        int ruledOut = 0;
        for (String line : lines) {
            boolean item = SentenceSplitter.MARKER.matcher(line).lookingAt();
            if (item) {
                assertThat(SentenceSplitter.mayOpenItem(line)).as("'%s'", line).isTrue();
                items++;
            } else if (!SentenceSplitter.mayOpenItem(line)) {
                ruledOut++;
            }
        }
        // and the test saw both: items, and lines told by their first character alone
        assertThat(items).isGreaterThan(1_000);
        assertThat(ruledOut).isGreaterThan(1_000);
    }
}
