package dev.planetl.read.table;

import dev.planetl.read.Vocabularies;
import dev.planetl.read.vocab.AreaLabel;
import dev.planetl.read.vocab.ColumnRole;
import dev.planetl.read.vocab.HeaderVocabulary;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a row label says about the row: a total closing the table (합계, 총계, {@code 합 계}), a total closing its
 * group (소계, {@code 전략1 계}, {@code 계} inside a group), or nothing of the kind.
 */
final class RowLabels {

    /** What kind of total a row label announces. */
    enum Total { NONE, GROUP, GRAND, PLAIN }

    /**
     * {@code 전략1 계}, {@code 전략1계}, {@code 1. 과학기술 인재 양성 소계}: an area label followed by 소계, or by 계 as a
     * word of its own (or glued to the area's number). {@code 2. 생태계} is an area whose name ends in 계, no total.
     */
    private static final Pattern AREA_TOTAL = Pattern.compile(
            "^(.+?)(?:\\s*소\\s*계|\\s+계|(?<=[\\dⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])계)$");

    private RowLabels() {
    }

    /**
     * @return GRAND for 합계/총계, GROUP for 소계 or an area label followed by 계, PLAIN for a bare 계 (a group's
     *     total inside a group, else the table's), NONE otherwise
     */
    static Total total(HeaderVocabulary headers, String label) {
        if (label.isEmpty()) {
            return Total.NONE;
        }
        Optional<ColumnRole> role = headers.roleOf(label);
        if (role.isPresent() && role.get() == ColumnRole.SUBTOTAL) {
            return Total.GROUP;
        }
        if (role.isPresent() && role.get() == ColumnRole.TOTAL) {
            return HeaderVocabulary.compact(label).equals("계") ? Total.PLAIN : Total.GRAND;
        }
        Matcher m = AREA_TOTAL.matcher(label);
        if (m.matches() && AreaLabel.parse(m.group(1)).isPresent()) {
            return Total.GROUP;
        }
        return Total.NONE;
    }

    /** The area label before 계 in {@code 전략1 계}, or empty. */
    static Optional<String> areaOfTotal(String label) {
        Matcher m = AREA_TOTAL.matcher(label);
        return m.matches() && AreaLabel.parse(m.group(1)).isPresent() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A circled item number opening a label: {@code ① 산림생태계 복원}. */
    private static final Pattern ITEM_MARK = Pattern.compile("^[\\u2460-\\u2473\\u2776-\\u277F]\\s*(?=\\S)");

    /**
     * A project's name without the circled number that enumerates it under its area ({@code ① 산림생태계 복원} →
     * {@code 산림생태계 복원}): the number is its place in the list, not part of its name. Other numbering
     * ({@code 1-1}, {@code (1)}) is kept, as it may be part of a name.
     */
    static String withoutItemMark(String name) {
        return ITEM_MARK.matcher(name).replaceFirst("");
    }

    /** True when the text is 신규 or 계속 (as printed in a status column). */
    static boolean isStatus(String text) {
        String t = text.replace(" ", "");
        return t.startsWith("신규") || t.startsWith("계속");
    }

    static boolean isDash(String s) {
        return s.isEmpty() || s.chars().allMatch(ch -> "-‐‑–—－―".indexOf(ch) >= 0);
    }

    static boolean isTotalRole(Vocabularies vocabularies, String label) {
        return total(vocabularies.headers(), label) != Total.NONE;
    }
}
