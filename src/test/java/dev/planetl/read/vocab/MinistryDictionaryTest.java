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

    /** The name in force on 31 December of each side of a rename; dates in the comments of ministries.tsv. */
    @Test
    void everyRenameSince2008FallsOnItsDate() {
        // 2008-02-29
        assertThat(dictionary.resolve("기재부", 2008).single()).isEqualTo("기획재정부");
        assertThat(dictionary.resolve("재경부", 2007).single()).isEqualTo("재정경제부");
        assertThat(dictionary.resolve("교과부", 2008).single()).isEqualTo("교육과학기술부");
        assertThat(dictionary.resolve("지경부", 2008).single()).isEqualTo("지식경제부");
        assertThat(dictionary.resolve("국토부", 2012).single()).isEqualTo("국토해양부");
        assertThat(dictionary.resolve("방통위", 2008).single()).isEqualTo("방송통신위원회");
        assertThat(dictionary.resolve("권익위", 2009).single()).isEqualTo("국민권익위원회");
        assertThat(dictionary.resolve("여성부", 2009).single()).isEqualTo("여성부");
        // 2010-03-19 and 2010-07-05
        assertThat(dictionary.resolve("복지부", 2009).single()).isEqualTo("보건복지가족부");
        assertThat(dictionary.resolve("복지부", 2010).single()).isEqualTo("보건복지부");
        assertThat(dictionary.resolve("여가부", 2010).single()).isEqualTo("여성가족부");
        assertThat(dictionary.resolve("노동부", 2009).single()).isEqualTo("노동부");
        assertThat(dictionary.resolve("고용부", 2010).single()).isEqualTo("고용노동부");
        // 2013-03-23: 교육과학기술부 → 교육부 + 미래창조과학부, 지식경제부 → 산업통상자원부, 행정안전부 → 안전행정부
        assertThat(dictionary.resolve("교육부", 2012).single()).isEqualTo("교육과학기술부");
        assertThat(dictionary.resolve("교육부", 2013).single()).isEqualTo("교육부");
        assertThat(dictionary.resolve("미래부", 2013).single()).isEqualTo("미래창조과학부");
        assertThat(dictionary.resolve("미래부", 2012).unresolved()).isTrue();
        assertThat(dictionary.resolve("지식경제부", 2013).single()).isEqualTo("산업통상자원부");
        assertThat(dictionary.resolve("산업부", 2012).single()).isEqualTo("지식경제부");
        assertThat(dictionary.resolve("행안부", 2013).single()).isEqualTo("안전행정부");
        assertThat(dictionary.resolve("행안부", 2012).single()).isEqualTo("행정안전부");
        assertThat(dictionary.resolve("식약청", 2012).single()).isEqualTo("식품의약품안전청");
        assertThat(dictionary.resolve("식약처", 2013).single()).isEqualTo("식품의약품안전처");
        assertThat(dictionary.resolve("해수부", 2013).single()).isEqualTo("해양수산부");
        assertThat(dictionary.resolve("국토부", 2013).single()).isEqualTo("국토교통부");
        assertThat(dictionary.resolve("농식품부", 2013).single()).isEqualTo("농림축산식품부");
        assertThat(dictionary.resolve("외교부", 2012).single()).isEqualTo("외교통상부");
        assertThat(dictionary.resolve("외교부", 2013).single()).isEqualTo("외교부");
        // 2014-11-19: 안전행정부 → 행정자치부, 국민안전처 and 인사혁신처 created, 해양경찰청 merged into 국민안전처
        assertThat(dictionary.resolve("안행부", 2014).single()).isEqualTo("행정자치부");
        assertThat(dictionary.resolve("국민안전처", 2015).single()).isEqualTo("국민안전처");
        assertThat(dictionary.resolve("인사처", 2014).single()).isEqualTo("인사혁신처");
        assertThat(dictionary.resolve("해경", 2013).single()).isEqualTo("해양경찰청");
        assertThat(dictionary.resolve("해경", 2015).unresolved()).isTrue();
        // 2017-07-26: 미래창조과학부 → 과학기술정보통신부, 행정자치부 → 행정안전부, 중소기업청 → 중소벤처기업부
        assertThat(dictionary.resolve("미래부", 2017).single()).isEqualTo("과학기술정보통신부");
        assertThat(dictionary.resolve("행자부", 2016).single()).isEqualTo("행정자치부");
        assertThat(dictionary.resolve("행자부", 2017).single()).isEqualTo("행정안전부");
        assertThat(dictionary.resolve("중기청", 2016).single()).isEqualTo("중소기업청");
        assertThat(dictionary.resolve("중기청", 2017).single()).isEqualTo("중소벤처기업부");
        assertThat(dictionary.resolve("국민안전처", 2017).unresolved()).isTrue();
        assertThat(dictionary.resolve("소방청", 2016).unresolved()).isTrue();
        assertThat(dictionary.resolve("소방청", 2017).single()).isEqualTo("소방청");
        assertThat(dictionary.resolve("해경", 2017).single()).isEqualTo("해양경찰청");
        // 2020: 개인정보보호위원회 (08-05), 질병관리청 (09-12)
        assertThat(dictionary.resolve("개인정보위", 2020).single()).isEqualTo("개인정보보호위원회");
        assertThat(dictionary.resolve("질병청", 2019).unresolved()).isTrue();
        assertThat(dictionary.resolve("질병청", 2020).single()).isEqualTo("질병관리청");
        // 2023-06-05: 국가보훈처 → 국가보훈부, 재외동포청 created
        assertThat(dictionary.resolve("보훈처", 2022).single()).isEqualTo("국가보훈처");
        assertThat(dictionary.resolve("보훈처", 2023).single()).isEqualTo("국가보훈부");
        assertThat(dictionary.resolve("재외동포청", 2022).unresolved()).isTrue();
        assertThat(dictionary.resolve("동포청", 2023).single()).isEqualTo("재외동포청");
        // 2024: 문화재청 → 국가유산청 (05-17), 우주항공청 (05-27)
        assertThat(dictionary.resolve("문화재청", 2023).single()).isEqualTo("문화재청");
        assertThat(dictionary.resolve("문화재청", 2024).single()).isEqualTo("국가유산청");
        assertThat(dictionary.resolve("우주항공청", 2023).unresolved()).isTrue();
        assertThat(dictionary.resolve("우주청", 2024).single()).isEqualTo("우주항공청");
    }

    @Test
    void theReorganisationOf2025And2026() {
        // 2025-10-01
        assertThat(dictionary.resolve("산업부", 2024).single()).isEqualTo("산업통상자원부");
        assertThat(dictionary.resolve("산업부", 2025).single()).isEqualTo("산업통상부");
        assertThat(dictionary.resolve("환경부", 2024).single()).isEqualTo("환경부");
        assertThat(dictionary.resolve("환경부", 2025).single()).isEqualTo("기후에너지환경부");
        assertThat(dictionary.resolve("여가부", 2025).single()).isEqualTo("성평등가족부");
        assertThat(dictionary.resolve("통계청", 2025).single()).isEqualTo("국가데이터처");
        assertThat(dictionary.resolve("특허청", 2024).single()).isEqualTo("특허청");
        assertThat(dictionary.resolve("특허청", 2025).single()).isEqualTo("지식재산처");
        assertThat(dictionary.resolve("방통위", 2025).single()).isEqualTo("방송미디어통신위원회");
        // 2026-01-02: 기획재정부 split in two; 기재부 after the split names both successors, never one by guess
        assertThat(dictionary.resolve("기재부", 2025).single()).isEqualTo("기획재정부");
        MinistryResolution split = dictionary.resolve("기재부", 2026);
        assertThat(split.ministries()).containsExactlyInAnyOrder("재정경제부", "기획예산처");
        assertThat(split.ambiguous()).isTrue();
        assertThat(dictionary.resolve("예산처", 2026).single()).isEqualTo("기획예산처");
        assertThat(dictionary.resolve("재경부", 2026).single()).isEqualTo("재정경제부");
    }

    @Test
    void shortFormsOfTheWholeGovernment() {
        assertThat(dictionary.resolve("공정위", 2021).single()).isEqualTo("공정거래위원회");
        assertThat(dictionary.resolve("원안위", 2021).single()).isEqualTo("원자력안전위원회");
        assertThat(dictionary.resolve("방통위", 2021).single()).isEqualTo("방송통신위원회");
        assertThat(dictionary.resolve("식약처", 2021).single()).isEqualTo("식품의약품안전처");
        assertThat(dictionary.resolve("기재부", 2021).single()).isEqualTo("기획재정부");
        assertThat(dictionary.resolve("여가부", 2021).single()).isEqualTo("여성가족부");
        assertThat(dictionary.resolve("새만금청", 2021).single()).isEqualTo("새만금개발청");
        assertThat(dictionary.resolve("행복청", 2021).single()).isEqualTo("행정중심복합도시건설청");
        assertThat(dictionary.resolve("방사청", 2021).single()).isEqualTo("방위사업청");
        assertThat(dictionary.resolve("국세청", 2021).single()).isEqualTo("국세청");
        assertThat(dictionary.resolve("관세청", 2021).single()).isEqualTo("관세청");
        assertThat(dictionary.resolve("병무청", 2021).single()).isEqualTo("병무청");
        assertThat(dictionary.resolve("법제처", 2021).single()).isEqualTo("법제처");
    }

    @Test
    void anImplementingAgencyIsKeptAsWrittenAndNamesNoMinistry() {
        MinistryResolution r = dictionary.resolve("한국산업기술평가관리원", 2021);
        assertThat(r.ministries()).isEmpty();
        assertThat(r.isImplementer()).isTrue();
        assertThat(r.implementer()).isEqualTo("한국산업기술평가관리원");
        assertThat(r.asWritten()).isEqualTo("한국산업기술평가관리원");
        assertThat(r.reason()).contains("전담기관");
        assertThat(dictionary.resolve("정보통신기획평가원", 2021).isImplementer()).isTrue();
        assertThat(dictionary.resolve("한국연구재단", 2021).single()).isNull();
        // its ministry printed beside it still resolves, and the agency never replaces it
        MinistryResolution beside = dictionary.resolve("과기정통부(한국연구재단)", 2021);
        assertThat(beside.single()).isEqualTo("과학기술정보통신부");
        assertThat(beside.isImplementer()).isFalse();
        // a body no list names stays unresolved, not an implementer
        assertThat(dictionary.resolve("한국무엇진흥원", 2021).isImplementer()).isFalse();
        // the 소속기관 rule is unchanged: an agency of a ministry gives its ministry
        assertThat(dictionary.resolve("산업부(국표원)", 2021).single()).isEqualTo("산업통상자원부");
    }

    @Test
    void aNameWrappedOntoTwoLinesIsJoinedBack() {
        assertThat(dictionary.resolve("산업통상자원\n부", 2020).single()).isEqualTo("산업통상자원부");
        assertThat(dictionary.resolve("과학기술정보\n통신부", 2020).single()).isEqualTo("과학기술정보통신부");
        // two names on lines of their own are two ministries, printed apart, not run together
        MinistryResolution two = dictionary.resolve("산업부\n과기정통부", 2020);
        assertThat(two.ministries()).containsExactly("산업통상자원부", "과학기술정보통신부");
        assertThat(two.ambiguous()).isFalse();
        // run together on one line they stay flagged
        assertThat(dictionary.resolve("산업부과기부", 2020).ambiguous()).isTrue();
    }

    @Test
    void aNameSplitAcrossAPageIsJoinedWhenThePiecesMakeOneName() {
        assertThat(dictionary.joinBroken("산업통상자원", "부")).contains("산업통상자원부");
        assertThat(dictionary.joinBroken("과학기술정보 ", " 통신부")).contains("과학기술정보통신부");
        // two whole names are not one broken name
        assertThat(dictionary.joinBroken("산업부", "환경부")).isEmpty();
        assertThat(dictionary.joinBroken("산업", "진흥원")).isEmpty();
        assertThat(dictionary.joinBroken("산업통상자원", "")).isEmpty();
    }
}
