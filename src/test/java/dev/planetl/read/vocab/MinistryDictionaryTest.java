package dev.planetl.read.vocab;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MinistryDictionaryTest {

    private final MinistryDictionary dictionary = MinistryDictionary.standard();

    @Test
    void shortNamesResolveToTheFullName() {
        assertThat(dictionary.resolve("산업부", 2020).single()).isEqualTo("산업통상자원부");
        assertThat(dictionary.resolve("산자부", 2020).single()).isEqualTo("산업통상자원부");
        assertThat(dictionary.resolve("과기정통부", 2020).single()).isEqualTo("과학기술정보통신부");
        assertThat(dictionary.resolve("과기부", 2022).single()).isEqualTo("과학기술정보통신부");
        assertThat(dictionary.resolve("중기부", 2020).single()).isEqualTo("중소벤처기업부");
        assertThat(dictionary.resolve("농식품부", 2020).single()).isEqualTo("농림축산식품부");
        assertThat(dictionary.resolve("농림부", 2020).single()).isEqualTo("농림축산식품부");
        assertThat(dictionary.resolve("문화부", 2020).single()).isEqualTo("문화체육관광부");
        assertThat(dictionary.resolve("문체부", 2020).single()).isEqualTo("문화체육관광부");
        assertThat(dictionary.resolve("복지부", 2020).single()).isEqualTo("보건복지부");
        assertThat(dictionary.resolve("고용부", 2020).single()).isEqualTo("고용노동부");
        assertThat(dictionary.resolve("행안부", 2020).single()).isEqualTo("행정안전부");
        assertThat(dictionary.resolve("국토부", 2020).single()).isEqualTo("국토교통부");
        assertThat(dictionary.resolve("해수부", 2020).single()).isEqualTo("해양수산부");
        assertThat(dictionary.resolve("환경부", 2020).single()).isEqualTo("환경부");
        assertThat(dictionary.resolve("금융위", 2021).single()).isEqualTo("금융위원회");
        assertThat(dictionary.resolve(" 과학기술 정보통신부 ", 2021).single()).isEqualTo("과학기술정보통신부");
    }

    @Test
    void renamesFollowTheFiscalYear() {
        // the name in force at the end of the fiscal year
        assertThat(dictionary.resolve("과기정통부", 2016).single()).isEqualTo("미래창조과학부");
        assertThat(dictionary.resolve("과기부", 2015).single()).isEqualTo("미래창조과학부");
        assertThat(dictionary.resolve("과기정통부", 2017).single()).isEqualTo("과학기술정보통신부");
        assertThat(dictionary.resolve("중소벤처기업부", 2016).single()).isEqualTo("중소기업청");
        assertThat(dictionary.resolve("중기부", 2018).single()).isEqualTo("중소벤처기업부");
        assertThat(dictionary.resolve("산업부", 2010).single()).isEqualTo("지식경제부");
        assertThat(dictionary.resolve("산자부", 2005).single()).isEqualTo("산업자원부");
        assertThat(dictionary.resolve("지경부", 2012).single()).isEqualTo("지식경제부");
        assertThat(dictionary.resolve("농식품부", 2011).single()).isEqualTo("농림수산식품부");
        assertThat(dictionary.resolve("행안부", 2014).single()).isEqualTo("행정자치부");
        assertThat(dictionary.resolve("과기부", 2005).single()).isEqualTo("과학기술부");
    }

    @Test
    void aMinistryThatDidNotExistThatYearDoesNotResolve() {
        // 해양수산부 was merged into 국토해양부 from 2008 to 2013
        MinistryResolution r = dictionary.resolve("해수부", 2010);
        assertThat(r.unresolved()).isTrue();
        assertThat(r.reason()).contains("2010");
        // science sat in 교육과학기술부 between 2008 and 2013: 과기부 names nothing then
        assertThat(dictionary.resolve("과기부", 2011).unresolved()).isTrue();
    }

    @Test
    void agencyInParenthesesGivesItsMinistry() {
        MinistryResolution r = dictionary.resolve("산업부(국표원)", 2020);
        assertThat(r.single()).isEqualTo("산업통상자원부");
        assertThat(r.agency()).isEqualTo("국가기술표준원");
        assertThat(r.asWritten()).isEqualTo("산업부(국표원)");
    }

    @Test
    void agencyAloneGivesItsParentMinistry() {
        MinistryResolution r = dictionary.resolve("국립수산과학원", 2021);
        assertThat(r.single()).isEqualTo("해양수산부");
        assertThat(r.agency()).isEqualTo("국립수산과학원");
    }

    @Test
    void twoRunTogetherGiveBothFlaggedAmbiguous() {
        MinistryResolution r = dictionary.resolve("산업부과기부", 2020);
        assertThat(r.ministries()).containsExactly("산업통상자원부", "과학기술정보통신부");
        assertThat(r.ambiguous()).isTrue();
        assertThat(r.isSingle()).isFalse();
        assertThat(r.single()).isNull();
    }

    @Test
    void separatedListGivesAllWithoutAmbiguity() {
        MinistryResolution r = dictionary.resolve("산업부, 과기정통부, 중기부", 2021);
        assertThat(r.ministries()).containsExactly("산업통상자원부", "과학기술정보통신부", "중소벤처기업부");
        assertThat(r.ambiguous()).isFalse();
        assertThat(dictionary.resolve("국토부·해수부", 2021).ministries()).containsExactly("국토교통부", "해양수산부");
    }

    @Test
    void unknownTextIsUnresolvedNeverGuessed() {
        MinistryResolution r = dictionary.resolve("산업진흥원", 2020);
        assertThat(r.unresolved()).isTrue();
        assertThat(r.reason()).contains("산업진흥원");
        assertThat(dictionary.resolve("", 2020).unresolved()).isTrue();
        assertThat(dictionary.resolve("산업부과기부청", 2020).unresolved()).isTrue();
    }

    @Test
    void wordsAfterTheNames() {
        assertThat(dictionary.resolve("산업부 공동", 2021).single()).isEqualTo("산업통상자원부");
        MinistryResolution others = dictionary.resolve("산업부, 과기정통부 등", 2021);
        assertThat(others.ministries()).containsExactly("산업통상자원부", "과학기술정보통신부");
        assertThat(others.ambiguous()).isTrue();
        assertThat(dictionary.resolve("환경부 등", 2021).isSingle()).isFalse();
        assertThat(dictionary.resolve("등", 2021).unresolved()).isTrue();
    }
}
