package dev.planetl.read.grid;

import dev.planetl.read.Whitespace;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the general table model reads printed labels: whitespace, total words, years. */
final class Labels {

    /** Words a row or column label closes a group with, spaces removed. */
    private static final Set<String> GRAND = Set.of("합계", "총계", "총합계", "계", "합", "총액", "총괄");
    private static final Set<String> SUB = Set.of("소계");
    /** {@code 전략1 계}, {@code 과기정통부 소계}: a qualifier, then the closing word as a word of its own. */
    private static final Pattern QUALIFIED_TOTAL = Pattern.compile(".*\\S\\s+(?:소\\s?계|합\\s?계|계)$");
    /**
     * A year in a header: {@code 2023}, {@code 2023년}, {@code 2024(안)}, {@code '23}, {@code ’24 예산}. Four digits
     * not inside a longer number; two only after an apostrophe.
     */
    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\d,.])(?:((?:19|20)\\d{2})(?![\\d,])|['’‘`](\\d{2})(?![\\d,.]))");

    private Labels() {
    }

    /** As printed, whitespace collapsed to one space. */
    static String normalise(String s) {
        return s == null ? "" : Whitespace.collapse(s);
    }

    static String compact(String s) {
        return s == null ? "" : Whitespace.remove(s);
    }

    /** A label closing its table or group: 합계, 합 계, 총계, 계, 소계, {@code 전략1 계}. */
    static boolean isTotal(String label) {
        String c = compact(label);
        return GRAND.contains(c) || SUB.contains(c) || QUALIFIED_TOTAL.matcher(normalise(label)).matches();
    }

    /** A total of a whole table or of everything it closes (합계, 총계, 계), not a 소계 or a qualified total. */
    static boolean isGrand(String label) {
        return GRAND.contains(compact(label));
    }

    /** The years a label names, in order. */
    static Set<Integer> years(String label) {
        Set<Integer> years = new LinkedHashSet<>();
        Matcher m = YEAR.matcher(label == null ? "" : label);
        while (m.find()) {
            years.add(m.group(1) != null ? Integer.parseInt(m.group(1)) : 2000 + Integer.parseInt(m.group(2)));
        }
        return years;
    }
}
