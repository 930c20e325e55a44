package dev.planetl.extract;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class NumberingTest {

    private final Numbering numbering = Numbering.standard();

    @Test
    void eachSchemeHasOneLevel() {
        assertThat(numbering.level(Numbering.Scheme.ROMAN)).isEqualTo(1);
        assertThat(numbering.level(Numbering.Scheme.ARABIC)).isEqualTo(2);
        assertThat(numbering.level(Numbering.Scheme.HYPHENATED)).isEqualTo(3);
        assertThat(numbering.level(Numbering.Scheme.HANGUL)).isEqualTo(3);
        assertThat(numbering.level(Numbering.Scheme.CIRCLED)).isEqualTo(4);
    }

    @Test
    void theLabelsOfEachScheme() {
        Pattern roman = Pattern.compile("^" + numbering.regex(Numbering.Scheme.ROMAN) + "\\.$");
        assertThat(roman.matcher("XII.").matches()).isTrue();
        assertThat(roman.matcher("IV.").matches()).isTrue();
        assertThat(roman.matcher("Ⅲ.").matches()).isTrue();
        assertThat(roman.matcher("IIII.").matches()).isFalse();
        Pattern hangul = Pattern.compile("^" + numbering.regex(Numbering.Scheme.HANGUL) + "$");
        assertThat(hangul.matcher("하").matches()).isTrue();
        // a syllable between 가 and 하 is no label: only the 14 of the sequence are
        assertThat(hangul.matcher("각").matches()).isFalse();
        Pattern circled = Pattern.compile("^" + numbering.regex(Numbering.Scheme.CIRCLED) + "$");
        assertThat(circled.matcher("⑳").matches()).isTrue();
        assertThat(circled.matcher("❶").matches()).isTrue();
        assertThat(circled.matcher("➓").matches()).isTrue();
        assertThat(numbering.regex(Numbering.Scheme.ARABIC)).isEqualTo("(?!)");
        // longest first, so XII is never read as X followed by II
        assertThat(numbering.regex(Numbering.Scheme.ROMAN)).startsWith("(?:\\QVIII\\E|");
    }

    @Test
    void bulletMarks() {
        assertThat(numbering.startsWithBullet("○ 추진 배경")).isTrue();
        assertThat(numbering.startsWithBullet("□ 예산 현황")).isTrue();
        assertThat(numbering.startsWithBullet("- 세부 내용")).isTrue();
        assertThat(numbering.startsWithBullet("※ 단위: 억원")).isTrue();
        assertThat(numbering.startsWithBullet("1. 추진 배경")).isFalse();
        assertThat(numbering.startsWithBullet("가. 추진 배경")).isFalse();
    }
}
