package dev.planetl.read;

/**
 * The readers' whitespace rules without a regular expression: they run on every cell, label and line of a
 * document, and most of what they get back is what they were given. Each gives exactly what its pattern gives
 * ({@code WhitespaceTest} holds them to it): the whitespace of {@code \s}, which is ASCII only (space, tab, line
 * feed, vertical tab, form feed, carriage return), and {@link String#strip()} at the ends.
 */
public final class Whitespace {

    private Whitespace() {
    }

    /**
     * {@code \s+} replaced by one space, then {@link String#strip()}: {@code " 2024년  예산\n(억원) "} gives
     * {@code "2024년 예산 (억원)"}.
     */
    public static String collapse(CharSequence s) {
        int n = s.length();
        int i = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c != ' ' && isSpace(c) || c == ' ' && i + 1 < n && isSpace(s.charAt(i + 1))) {
                break;
            }
        }
        if (i == n) {
            return s.toString().strip();
        }
        StringBuilder out = new StringBuilder(n);
        out.append(s, 0, i);
        boolean run = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (!run) {
                    out.append(' ');
                    run = true;
                }
            } else {
                out.append(c);
                run = false;
            }
        }
        return out.toString().strip();
    }

    /** {@code \s+} removed: {@code "합 계"} gives {@code "합계"}. */
    public static String remove(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && !isSpace(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder out = new StringBuilder(n);
        out.append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A character of {@code \s}: {@code [ \t\n\x0B\f\r]}. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
