package dev.planetl.read.privacy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Both directions: every kind of identifier masked, and no figure a plan is made of touched. */
class IdentifierMasksTest {

    private final PersonalDataMasker masker = new PersonalDataMasker();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "신청인 주민등록번호 900101-1234567 제출|신청인 주민등록번호 ******-******* 제출",
            "900101 - 2234567 (본인)|******-******* (본인)",
            "신청인(주민등록번호 900101-1234567, 여권번호 M12345678)|신청인(주민등록번호 ******-*******, 여권번호 *********)",
            "세종대로 209, 서울특별시 종로구 세종대로 209.|세종대로 209, (주소).",
            "외국인등록번호: 850315-5123456|외국인등록번호: ******-*******",
            "주민번호 9001011234567 기재|주민번호 ******-******* 기재",
            "주민번호 900101 1234567 기재|주민번호 ******-******* 기재",
            "여권번호 M12345678 사본|여권번호 ********* 사본",
            "여권: M123A4567|여권: *********",
            "여권번호 PM1234567 첨부|여권번호 ********* 첨부",
            "입금계좌 국민은행 123-456-789012 (예금주 홍길동)|입금계좌 국민은행 ***-***-****** (예금주 홍길동)",
            "계좌번호: 301-0123-4567-11|계좌번호: ***-***-******",
            "농협 352-1234-5678-93|농협 ***-***-******",
            "주소: 세종특별자치시 한누리대로 402 정부세종청사|주소: (주소) 정부세종청사",
            "서울특별시 종로구 세종대로 209|(주소)",
            "대전광역시 유성구 대덕대로 989번길 111|(주소)",
            "경기도 성남시 분당구 정자동 123-4 소재|(주소) 소재",
            "충청남도 예산군 삽교읍 목리 56|(주소)"})
    void each_kind_is_masked(String text, String masked) {
        assertThat(masker.mask(text)).isEqualTo(masked);
        assertThat(masker.containsPersonalData(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "합계 33,365.32억원", "3,336,532,000,000원", "3336532000000원", "1201011000000",
            "산업융합 촉진법 제6조제1항", "법률 제17799호(2020. 12. 29.)", "대통령령 제31012호",
            "사업코드 1345-301", "과제번호 2020M3A9E4039887", "세부사업 7131-302-320", "2020-2025 (6년)",
            "’20.7.15 발표", "2024~2028년, 5,000억원", "R&D 2020-0-01234", "S/W 구축 1,234백만원",
            "M&A 지원 200억", "서울시 3개 구 시범사업", "세종시 소재 기관 24개", "부산광역시 강서구 명지동 일원",
            "경기도 31개 시군 1,200억원", "대구시 100억원 투입", "광주광역시 첨단3지구 2,000억원",
            "경기도 화성시 동탄2동 10개소", "서울 강남구 테헤란로 일대 5개 기업", "은행권 공동 1,000억원 펀드 조성",
            "정책금융기관(산업은행 등) 2조 5,000억원", "계좌 수 12만개 돌파", "2019년 6,288백만원 계속"})
    void figures_years_articles_and_codes_are_left_alone(String text) {
        assertThat(masker.mask(text)).isEqualTo(text);
    }

    @Test
    void no_amount_as_plans_print_them_is_ever_changed() {
        // property: any amount with thousands separators, any bare won amount, any year range and article
        Random random = new Random(3);
        for (int i = 0; i < 5_000; i++) {
            long value = Math.abs(random.nextLong() % 10_000_000_000_000L);
            String[] texts = {
                    String.format("%,d원", value), value + "원", String.format("%,d.%02d억원", value % 100_000, i % 100),
                    "△" + String.format("%,d", value % 1_000_000), (2000 + i % 40) + "-" + (2001 + i % 40),
                    "제" + (i % 200) + "조제" + (i % 9 + 1) + "항", "'" + (i % 30 + 10) + "." + (i % 12 + 1) + "월",
                    String.format("%04d-%03d-%03d", i % 10_000, i % 1000, (i * 7) % 1000)};
            for (String text : texts) {
                assertThat(masker.mask(text)).as(text).isEqualTo(text);
            }
        }
    }

    @Test
    void any_hyphenated_registration_number_is_masked() {
        Random random = new Random(5);
        for (int i = 0; i < 2_000; i++) {
            String number = String.format("%02d%02d%02d-%d%06d", random.nextInt(100), 1 + random.nextInt(12),
                    1 + random.nextInt(28), 1 + random.nextInt(8), random.nextInt(1_000_000));
            assertThat(masker.mask("번호 " + number + " 확인")).as(number).isEqualTo("번호 ******-******* 확인");
        }
    }

    @Test
    void a_bare_thirteen_digit_number_is_masked_only_after_a_registration_cue() {
        assertThat(masker.mask("주민등록번호 8001011234561")).isEqualTo("주민등록번호 ******-*******");
        assertThat(masker.mask("사업비 8001011234561")).isEqualTo("사업비 8001011234561");
        assertThat(masker.mask("8001011234561원, 주민번호 없음")).isEqualTo("8001011234561원, 주민번호 없음");
    }
}
