package dev.planetl.read.prose;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways plans print the year an amount belongs to: {@code ’25년}, {@code ('24)}, {@code (23, …)},
 * {@code (‘24~’28, …)}, {@code '23~'30년(총8년), …}. Any quote mark may stand before a two-digit year;
 * a two-digit year without a quote counts only where plans use it so: first in a parenthesis, or before 년.
 * A date ({@code ’24.3}, {@code ’25.上}) is not a fiscal year.
 */
final class YearPatterns {

    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");
    private static final Pattern QUOTED_START = Pattern.compile("^['‘’`´′＇].*");

    private static final String Q = "['‘’`´′＇]";
    /** A year with a quote, four digits, or two digits right before 년. Groups: 1 quoted, 2 four-digit, 3 bare. */
    private static final String YEAR = "(?:" + Q + "(\\d{2})|((?:19|20)\\d{2})|(\\d{2})(?=\\s*년))";
    /** A year that may also be two bare digits (first item of a parenthesis). Groups: 1 two-digit, 2 four-digit. */
    private static final String YEAR_LOOSE = "(?:" + Q + "?(\\d{2})|((?:19|20)\\d{2}))";
    private static final String RANGE = "\\s*[~∼～\\-]\\s*";
    private static final String FILLERS = "(?:\\s*(?:총|약|신규|확정|예산|기준))*";

    private static final Pattern OWN = Pattern.compile(
            "(?:^|[\\s(])" + YEAR + "(?:\\s*년도?|\\.)?" + FILLERS + "\\s*$");
    private static final Pattern TAG_BEFORE = Pattern.compile(
            "\\(\\s*" + YEAR_LOOSE + "\\s*(?:년도?)?\\s*\\)\\s*$");
    private static final Pattern PERIOD_ITEM = Pattern.compile(
            "^\\s*" + YEAR_LOOSE + "(?:\\s*년도?)?(?:\\s*\\(신규\\))?" + RANGE + YEAR_LOOSE
                    + "(?:\\s*년도?)?\\s*(?:\\([^()]*\\))?\\s*$");
    private static final Pattern YEAR_ITEM = Pattern.compile(
            "^\\s*" + YEAR_LOOSE + "(\\s*년도?)?(?:\\s*\\(신규\\))?(?=\\s|$)(?!" + RANGE + ")");
    private static final Pattern LABEL = Pattern.compile("^\\([^()]*(?:\\([^()]*\\)[^()]*)*\\)\\s*");
    private static final Pattern START_PERIOD = Pattern.compile(
            "^" + YEAR + "(?:\\s*년도?)?" + RANGE + YEAR_LOOSE + "(?:\\s*년도?)?(?:\\s*\\([^()]*\\))?(?=[\\s,]|$)");
    private static final Pattern START_YEAR = Pattern.compile(
            "^" + YEAR + "(?:\\s*년도?)?(?=[\\s,]|$)(?!" + RANGE + ")");
    private static final Pattern ANY_YEAR = Pattern.compile(Q + "\\d{2}(?!\\d)|(?:19|20)\\d{2}\\s*년|(?<![\\d.,])\\d{2}\\s*년");

    private YearPatterns() {
    }

    /** A year ending the text before an amount: {@code ‘25년 }, {@code ’25 }, {@code ’24. }, {@code 2018년 }. */
    static YearSpan ownYear(String before) {
        Matcher m = OWN.matcher(before);
        if (!m.find()) {
            return null;
        }
        String y = first(m, 1, 2, 3);
        return new YearSpan(y, y, before.length());
    }

    /** A year tag in parentheses right before an amount: {@code ('24) 8,295억원}. */
    static YearSpan tagBefore(String before) {
        Matcher m = TAG_BEFORE.matcher(before);
        if (!m.find()) {
            return null;
        }
        String y = first(m, 1, 2);
        return new YearSpan(y, y, m.start());
    }

    /** Index where the year tag ending the text starts, or -1. */
    static int tagStart(String before) {
        Matcher m = TAG_BEFORE.matcher(before);
        return m.find() ? m.start() : -1;
    }

    /** The year or period a parenthesis' first item states: {@code 23}, {@code ’24년 65개 과제}, {@code ‘24~’28}. */
    static YearSpan itemYear(String item) {
        Matcher p = PERIOD_ITEM.matcher(item);
        if (p.find()) {
            return new YearSpan(first(p, 1, 2), first(p, 3, 4), item.length());
        }
        Matcher y = YEAR_ITEM.matcher(item);
        if (y.find()) {
            boolean bareTwoDigits = y.group(1) != null && !QUOTED_START.matcher(item.strip()).matches();
            boolean withYearWord = y.group(3) != null;
            if (bareTwoDigits && !withYearWord && !TWO_DIGITS.matcher(item.strip()).matches()) {
                return null;
            }
            String year = first(y, 1, 2);
            return new YearSpan(year, year, y.end());
        }
        return null;
    }

    /** The year or period a sentence opens with, after an optional label: {@code '23~'30년(총8년), …}. */
    static YearSpan sentenceStart(String text) {
        String rest = text;
        int offset = 0;
        Matcher label = LABEL.matcher(text);
        if (label.find()) {
            String group = label.group().strip();
            String inside = group.substring(1, group.length() - 1);
            YearSpan labelled = itemYear(inside);
            if (labelled != null && !labelled.period()) {
                return new YearSpan(labelled.first(), labelled.last(), label.end());
            }
            rest = text.substring(label.end());
            offset = label.end();
        }
        Matcher p = START_PERIOD.matcher(rest);
        if (p.find()) {
            return new YearSpan(first(p, 1, 2, 3), first(p, 4, 5), offset + p.end());
        }
        Matcher y = START_YEAR.matcher(rest);
        if (y.find()) {
            String year = first(y, 1, 2, 3);
            return new YearSpan(year, year, offset + y.end());
        }
        return null;
    }

    /** True when the text holds a year of any printed form. */
    static boolean containsYear(String text) {
        return ANY_YEAR.matcher(text).find();
    }

    /** The text without a leading label in parentheses, or null when it has none. */
    static String withoutLabel(String text) {
        Matcher label = LABEL.matcher(text);
        return label.find() ? text.substring(label.end()) : null;
    }

    private static String first(Matcher m, int... groups) {
        for (int g : groups) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        throw new IllegalStateException("no year group matched in '" + m.group() + "'");
    }
}
