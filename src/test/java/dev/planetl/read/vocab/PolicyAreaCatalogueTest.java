package dev.planetl.read.vocab;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyAreaCatalogueTest {

    private static final String SERIES = "산업융합발전 기본계획(제2차)";
    private final PolicyAreaCatalogue catalogue = PolicyAreaCatalogue.standard();

    @Test
    void mangledHanjaMatchesGoalFour() {
        for (String printed : new String[] {"융합을 산업 쏠분야로 확산", "융합을 산업 췌분야로 확산", "융합을 산업 쉐분야로 확산",
                "융합을 산업 소분야로 확산", "융합을 산업 全분야로 확산", "융합을 산업 분야로 확산"}) {
            AreaMatch m = catalogue.resolve(printed, PolicyArea.Level.GOAL, null).orElseThrow();
            assertThat(m.area().code()).as(printed).isEqualTo("4");
            assertThat(m.area().canonicalName()).isEqualTo("융합을 산업 全분야로 확산");
            assertThat(m.asWritten()).isEqualTo(printed);
        }
    }

    @Test
    void whitespaceAndDotsDoNotMatter() {
        assertThat(catalogue.resolve("융합 신제품·서 비스를 위한 新시장 구축", PolicyArea.Level.GOAL, SERIES))
                .get().extracting(m -> m.area().code()).isEqualTo("1");
        assertThat(catalogue.resolve("융합 신제품 · 서비스를 위한 新시장 구축", PolicyArea.Level.GOAL, SERIES))
                .get().extracting(m -> m.area().code()).isEqualTo("1");
        assertThat(catalogue.resolve("산업의 융합경쟁력 강화", PolicyArea.Level.GOAL, SERIES))
                .get().extracting(m -> m.area().code()).isEqualTo("3");
        assertThat(catalogue.resolve("1, 2차 산업의 혁신기술융합", PolicyArea.Level.TARGET, SERIES))
                .get().extracting(m -> m.area().code()).isEqualTo("4-1");
    }

    @Test
    void targetFromItsCodeWhenTheNameIsNotPrinted() {
        PolicyArea a = catalogue.byCode("3-1", SERIES).orElseThrow();
        assertThat(a.canonicalName()).isEqualTo("융합 촉진형 R&D 지원 체계로 전환");
        assertThat(a.goalCode()).isEqualTo("3");
    }

    @Test
    void otherNamesDoNotMatch() {
        assertThat(catalogue.resolve("산업통상자원부", PolicyArea.Level.GOAL, null)).isEmpty();
        assertThat(catalogue.resolve("융합 신산업 규제완화", PolicyArea.Level.GOAL, null)).isEmpty();
        assertThat(catalogue.resolve("합계", PolicyArea.Level.GOAL, null)).isEmpty();
    }

    @Test
    void enumeratorsAndQuotesAroundAPrintedNameAreIgnored() {
        assertThat(catalogue.resolve("② 산업융합의 제도적 뒷받침", PolicyArea.Level.GOAL, SERIES))
                .get().extracting(m -> m.area().code()).isEqualTo("2");
        assertThat(catalogue.resolve("‘산업의 융합 경쟁력 강화’", PolicyArea.Level.GOAL, SERIES))
                .get().extracting(m -> m.area().code()).isEqualTo("3");
        assertThat(catalogue.resolve("3. 융합을 산업 쏠분야로 확산", PolicyArea.Level.GOAL, SERIES))
                .get().extracting(m -> m.area().code()).isEqualTo("4");
    }
}
