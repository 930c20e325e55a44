package dev.planetl.read.prose;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class TextLinesTest {

    @Test
    void aLineBreakIsWhatTheLineBreakPatternFinds() {
        // every character below U+3000, of which \R matches seven (and \r\n as one)
        Pattern lineBreak = Pattern.compile("\\R");
        int breaks = 0;
        for (char c = 0; c < 0x3000; c++) {
            String s = "가" + c + "나";
            boolean expected = lineBreak.matcher(s).find();
            assertThat(TextLines.hasLineBreak(s)).as("U+%04X", (int) c).isEqualTo(expected);
            breaks += expected ? 1 : 0;
        }
        assertThat(breaks).isEqualTo(7);
        assertThat(TextLines.hasLineBreak("한 줄")).isFalse();
    }
}
