package dev.planetl.read.vocab;

import dev.planetl.read.Whitespace;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A policy-area label as a plan prints it, split into its numbering and its name: {@code 전략1 과학기술 인재 양성} and
 * {@code 전략 1. …} are code {@code 1}, {@code 1-2. …} is {@code 1-2}, {@code Ⅱ. …} and {@code II. …} are {@code 2},
 * {@code ① …} is {@code 1}. A label with no numbering is no area label: a plan's areas are told apart by their
 * numbers, and a name alone could as well be a project or a heading.
 *
 * @param code {@code 1} for a first-level area (a strategy, a goal), {@code 1-2} for a second-level one
 * @param name the name printed after the numbering, or null when only the numbering is printed ({@code 전략1})
 * @param printed the whole label as printed, whitespace collapsed
 */
public record AreaLabel(String code, String name, String printed) {

    private static final String WORDS = "(?:추진\\s*전략|전략|정책\\s*목표|목표|중점\\s*과제|추진\\s*과제|과제|분야|영역)";
    private static final String ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ";
    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
    private static final String DINGBATS = "❶❷❸❹❺❻❼❽❾❿";
    /** {@code 전략1}, {@code 전략 1.}, {@code 전략Ⅱ}, {@code 추진전략 2-1:}, then the name. */
    private static final Pattern WORDED = Pattern.compile(
            "^" + WORDS + "\\s*(\\d{1,2}(?:\\s*-\\s*\\d{1,2})?|[" + ROMAN + "]|[IVX]{1,4}(?![A-Za-z]))\\s*[.:)]?\\s*(.*)$");
    /** {@code 1.}, {@code 1)}, {@code 1-2.}, {@code 1-2} (a dash code needs no point). */
    private static final Pattern ARABIC = Pattern.compile(
            "^(?:(\\d{1,2}\\s*-\\s*\\d{1,2})\\.?|(\\d{1,2})[.)])\\s+(\\S.*)$");
    /** {@code Ⅱ.}, {@code Ⅱ }, {@code II.} */
    private static final Pattern ROMAN_NUMBERED = Pattern.compile(
            "^(?:([" + ROMAN + "])\\.?|([IVX]{1,4})\\.)\\s*(\\S.*)$");
    private static final Pattern CIRCLED_NUMBERED = Pattern.compile(
            "^([" + CIRCLED + DINGBATS + "])\\s*(\\S.*)$");

    /** The numbering and name of a printed label, or empty when it carries no area numbering. */
    public static Optional<AreaLabel> parse(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String printed = Whitespace.collapse(label);
        Matcher m = WORDED.matcher(printed);
        if (m.matches()) {
            String code = code(m.group(1));
            return code == null ? Optional.empty() : Optional.of(new AreaLabel(code, name(m.group(2)), printed));
        }
        m = ARABIC.matcher(printed);
        if (m.matches()) {
            String code = m.group(1) != null ? m.group(1).replace(" ", "") : String.valueOf(Integer.parseInt(m.group(2)));
            return Optional.of(new AreaLabel(code, name(m.group(3)), printed));
        }
        m = ROMAN_NUMBERED.matcher(printed);
        if (m.matches()) {
            String code = code(m.group(1) != null ? m.group(1) : m.group(2));
            return code == null ? Optional.empty() : Optional.of(new AreaLabel(code, name(m.group(3)), printed));
        }
        m = CIRCLED_NUMBERED.matcher(printed);
        if (m.matches()) {
            int cp = m.group(1).codePointAt(0);
            int n = CIRCLED.indexOf(cp) >= 0 ? CIRCLED.indexOf(cp) + 1 : DINGBATS.indexOf(cp) + 1;
            return Optional.of(new AreaLabel(String.valueOf(n), name(m.group(2)), printed));
        }
        return Optional.empty();
    }

    /** Goal for {@code 1}, target for {@code 1-2}. */
    public PolicyArea.Level level() {
        return code.contains("-") ? PolicyArea.Level.TARGET : PolicyArea.Level.GOAL;
    }

    /** The name to load when no catalogue knows the area: the printed name, else the whole label. */
    public String nameOrLabel() {
        return name != null ? name : printed;
    }

    private static String name(String s) {
        String n = s == null ? "" : s.strip();
        return n.isEmpty() ? null : n;
    }

    /** {@code 1}, {@code 1 - 2} → {@code 1-2}, {@code Ⅱ} or {@code II} → {@code 2}; null for no number. */
    private static String code(String numbering) {
        String n = numbering.replace(" ", "");
        if (n.matches("\\d{1,2}(?:-\\d{1,2})?")) {
            return n.contains("-") ? n : String.valueOf(Integer.parseInt(n));
        }
        int roman = ROMAN.indexOf(n);
        if (n.length() == 1 && roman >= 0) {
            return String.valueOf(roman + 1);
        }
        int value = 0;
        int last = 0;
        for (int i = n.length() - 1; i >= 0; i--) {
            int v = switch (n.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                default -> 0;
            };
            if (v == 0) {
                return null;
            }
            value += v < last ? -v : v;
            last = Math.max(last, v);
        }
        return value > 0 ? String.valueOf(value) : null;
    }
}
