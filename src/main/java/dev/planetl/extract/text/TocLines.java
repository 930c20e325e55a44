package dev.planetl.extract.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises table-of-contents lines, which name headings but are none: {@code I. 추진 개요 ······ 1}
 * (dot leaders) or {@code I. 추진배경 및 경과<TAB>1} (a tab before the page number). They stay paragraphs.
 */
final class TocLines {

    private static final Pattern DOT_LEADERS = Pattern.compile("^.*\\S\\s*[·‧.…・ㆍ]{3,}\\s*\\d{1,3}$");
    /** Longer lines are no table-of-contents lines (and the dot-leader pattern never meets a hostile line). */
    static final int MAX_TOC_LINE = 300;
    private static final Pattern PAGE = Pattern.compile("\\d{1,3}");

    private TocLines() {
    }

    /** A line that ends in dot leaders and a page number. */
    static boolean hasDotLeaders(String text) {
        return text.length() <= MAX_TOC_LINE && DOT_LEADERS.matcher(text).matches();
    }

    /** A tab row of exactly two filled cells: a numbered title first, a page number last. */
    static boolean isTocRow(List<String> cells) {
        List<String> filled = cells.stream().filter(c -> !c.isEmpty()).toList();
        if (filled.size() != 2 || !cells.get(0).equals(filled.get(0))) {
            return false;
        }
        String title = filled.get(0);
        boolean numbered = HeadingRules.match(title).isPresent() || title.startsWith("【") || title.startsWith("[");
        return numbered && PAGE.matcher(filled.get(1)).matches();
    }
}
