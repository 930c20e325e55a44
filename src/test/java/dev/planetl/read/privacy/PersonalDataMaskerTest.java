package dev.planetl.read.privacy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataMaskerTest {

    private final PersonalDataMasker masker = new PersonalDataMasker();

    @Test
    void contactBlockOfSeed002LosesPhoneMailAndNames() {
        // given the contact block that closes seed 002
        String block = "담당과장 정권 과장 담당자 조영길 서기관 연락처 전 화 : 044-203-4515 E-mail : kairos56@korea.kr";
        // when it is masked
        String masked = masker.mask(block);
        // then no number, address or name is left, and the roles still read
        assertThat(masked).doesNotContain("4515", "kairos56", "korea.kr", "조영길", "정권");
        assertThat(masked).contains("담당과장 ○○○ 과장", "담당자 ○○○ 서기관", "***-****-****", "***@***");
    }

    @ParameterizedTest
    @ValueSource(strings = {"02-123-4567", "044-203-4567", "010-1234-5678", "031)123-4567", "+82-10-1234-5678",
            "02 3456 7890", "1588-1234"})
    void phoneNumbersAreMasked(String phone) {
        assertThat(masker.mask("문의: " + phone + " (평일)")).isEqualTo("문의: ***-****-**** (평일)");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "소재부품패키지형 R&D : ('24) 8,295억원 → ('25) 8,272억원(884개 과제)",
            "시스템반도체 검증지원센터 구축사업(‘24~’28, 208억, ‘25년 24억)",
            "총 9,352억원(국비 6,947억원)지원", "2025. 5. 30.", "3조 4,561억원", "(’25.4월~12월, 30명)",
            "11,410억원 (‘24)", "1,667명(’25.4월~12월)", "제출 연월일 2025. 5. 26."})
    void amountsDatesAndCountsAreLeftAlone(String text) {
        assertThat(masker.mask(text)).isEqualTo(text);
        assertThat(masker.containsPersonalData(text)).isFalse();
    }

    @Test
    void mailAddressWithSpacesAroundTheAtSign() {
        assertThat(masker.mask("E-mail : hong.gildong @ motie.go.kr")).isEqualTo("E-mail : ***@***");
    }

    @Test
    void nameBesideARankIsMaskedWithoutAContactWord() {
        assertThat(masker.mask("홍길동 사무관(기획팀)")).isEqualTo("○○○ 사무관(기획팀)");
    }

    @Test
    void institutionNamesAreNotTakenForPeople() {
        String text = "한국생산기술연구원 추가, 산업기술정책과 담당 국장 보고";
        assertThat(masker.mask(text)).isEqualTo(text);
    }

    @Test
    void nullStaysNull() {
        assertThat(masker.mask(null)).isNull();
    }

    @Test
    void theShortcutsChangeNothingOnTheSeedsAndOnContactLines() throws IOException {
        // given every line of the seeds' text renderings, each pair of lines joined, and contact lines of each kind
        List<String> texts = new ArrayList<>(List.of(
                "담당과장 정권 과장 담당자 조영길 서기관 연락처 전 화 : 044-203-4515 E-mail : kairos56@korea.kr",
                "홍길동 사무관(기획팀)", "E-mail : hong.gildong @ motie.go.kr", "문의: 02 3456 7890 (평일)",
                "입금계좌 국민은행 123-456-789012 (예금주 홍길동)", "경기도 성남시 분당구 정자동 123-4 소재",
                "충청남도 예산군 삽교읍 목리 산 56", "대전광역시 유성구 대덕대로 989번길 111",
                "신청인(주민등록번호 900101-1234567, 여권번호 M12345678)", "주민번호 900101 1234567 기재"));
        try (Stream<Path> files = Files.list(Path.of("sample-docs"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                texts.addAll(lines);
                for (int i = 1; i < lines.size(); i++) {
                    texts.add(lines.get(i - 1) + " " + lines.get(i));
                }
            }
        }
        // when each is masked with the shortcuts and without them
        int masked = 0;
        for (String text : texts) {
            String quick = masker.mask(text, true);
            // then both give the same text
            assertThat(quick).as(text).isEqualTo(masker.mask(text, false));
            masked += quick.equals(text) ? 0 : 1;
        }
        // and the comparison covered texts that do get masked, not only ones left alone
        assertThat(texts).hasSizeGreaterThan(1_000);
        assertThat(masked).isGreaterThanOrEqualTo(10);
    }
}
