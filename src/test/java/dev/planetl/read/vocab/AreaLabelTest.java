package dev.planetl.read.vocab;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AreaLabelTest {

    private static AreaLabel parse(String printed) {
        return AreaLabel.parse(printed).orElseThrow(() -> new AssertionError("no area label: " + printed));
    }

    @Test
    void codesFromEveryNumberingPlansUse() {
        assertThat(parse("전략1 과학기술 인재 양성").code()).isEqualTo("1");
        assertThat(parse("전략 2. 연구개발 혁신").code()).isEqualTo("2");
        assertThat(parse("추진전략 3 : 디지털 전환").code()).isEqualTo("3");
        assertThat(parse("1-2. 융합 신서비스 시장 창출").code()).isEqualTo("1-2");
        assertThat(parse("3-1 융합형 인력 양성").code()).isEqualTo("3-1");
        assertThat(parse("Ⅱ. 임상 인프라").code()).isEqualTo("2");
        assertThat(parse("IV. 산업화").code()).isEqualTo("4");
        assertThat(parse("① 바이오 원천기술 확보").code()).isEqualTo("1");
        assertThat(parse("⑫ 열두째").code()).isEqualTo("12");
        assertThat(parse("4. 탄소중립").code()).isEqualTo("4");
        assertThat(parse("전략Ⅲ 우주").code()).isEqualTo("3");
    }

    @Test
    void nameIsWhatFollowsTheNumbering() {
        AreaLabel label = parse("전략1  과학기술 인재 양성");
        assertThat(label.name()).isEqualTo("과학기술 인재 양성");
        assertThat(label.printed()).isEqualTo("전략1 과학기술 인재 양성");
        assertThat(label.level()).isEqualTo(PolicyArea.Level.GOAL);
        assertThat(parse("2-1 규제완화").level()).isEqualTo(PolicyArea.Level.TARGET);
        AreaLabel bare = parse("전략5");
        assertThat(bare.name()).isNull();
        assertThat(bare.nameOrLabel()).isEqualTo("전략5");
    }

    @Test
    void labelsWithoutNumberingAreNoAreas() {
        for (String text : new String[] {"과학기술 인재 양성", "합계", "R&D지원", "2024년 예산", "10~49", "1,200",
                "Google", "IoT가전 빅데이터 활용지원 사업", "2030 탄소중립"}) {
            assertThat(AreaLabel.parse(text)).as(text).isEmpty();
        }
    }

    @Test
    void theCatalogueIsAnAliasNeverAGate() {
        PolicyAreaCatalogue catalogue = PolicyAreaCatalogue.standard();
        AreaMatch unknown = catalogue.fromLabel("전략3 디지털 전환 가속", PolicyArea.Level.GOAL, null).orElseThrow();
        assertThat(unknown.area().code()).isEqualTo("3");
        assertThat(unknown.area().canonicalName()).isEqualTo("디지털 전환 가속");
        assertThat(unknown.area().catalogued()).isFalse();
        assertThat(unknown.asWritten()).isEqualTo("전략3 디지털 전환 가속");

        AreaMatch known = catalogue.fromLabel("4. 융합을 산업 쏠분야로 확산", PolicyArea.Level.GOAL, null).orElseThrow();
        assertThat(known.area().canonicalName()).isEqualTo("융합을 산업 全분야로 확산");
        assertThat(known.area().catalogued()).isTrue();

        // a known name under another number is another plan's area: loaded as printed, with its own code
        AreaMatch renumbered = catalogue.fromLabel("2. 융합형 인력 양성", PolicyArea.Level.GOAL, null).orElseThrow();
        assertThat(renumbered.area().code()).isEqualTo("2");
        assertThat(renumbered.area().catalogued()).isFalse();

        assertThat(catalogue.fromLabel("산업의 융합경쟁력 강화", PolicyArea.Level.GOAL, null)).get()
                .extracting(m -> m.area().code()).isEqualTo("3");
        assertThat(catalogue.fromLabel("과학기술 인재 양성", PolicyArea.Level.GOAL, null)).isEmpty();
    }
}
