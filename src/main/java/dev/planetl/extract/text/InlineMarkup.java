package dev.planetl.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what converters leave inside text lines: markdown strong emphasis ({@code **…**}), HTML fragments
 * such as {@code <ul style="list-style-type: none">}, a few character entities, odd spaces.
 *
 * <p>Only tags of a fixed list of HTML element names are removed, so the captions Korean plans print in angle
 * brackets ({@code < 분야별 재정투자실적(억원) >}, {@code <예시>}, {@code <제조(지멘스)>}) stay as they are.
 * Emphasis is removed only where {@code **} opens before a non-space and closes after one, so the footnote
 * markers {@code ** 사업장 …} and {@code 개편** 등} survive.
 */
public final class InlineMarkup {

    private static final Pattern HTML_TAG = Pattern.compile(
            "</?(?:ul|ol|li|p|br|div|span|b|i|u|em|strong|sup|sub|font|table|thead|tbody|tfoot|tr|td|th|a|hr|h[1-6])"
                    + "(?:\\s[^<>]*)?/?>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|apos|nbsp|#\\d{1,6}|#[xX][0-9a-fA-F]{1,6});");
    private static final Pattern ODD_SPACE = Pattern.compile("[\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]");
    private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B-\\u200D\\uFEFF]");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private InlineMarkup() {
    }

    /** The visible text of one line or cell: markup removed, spaces collapsed, trimmed. Tabs are kept. */
    public static String clean(String s) {
        String out = ZERO_WIDTH.matcher(s).replaceAll("");
        out = ODD_SPACE.matcher(out).replaceAll(" ");
        out = HTML_TAG.matcher(out).replaceAll(" ");
        out = stripEmphasis(out);
        out = unescape(out);
        return SPACES.matcher(out).replaceAll(" ").strip();
    }

    /** Like {@link #clean} for one table cell or paragraph: tabs become spaces too. */
    public static String cleanInline(String s) {
        return clean(s.replace('\t', ' '));
    }

    /**
     * Removes {@code **} pairs whose opener is followed by a non-space and whose closer follows one, with at
     * least one character between, scanning left to right once (no backtracking on hostile lines). An opener
     * without such a closer stays literal; then no later pair can exist, since its closer would have closed it.
     */
    static String stripEmphasis(String s) {
        if (s.indexOf("**") < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int open = s.indexOf("**", i);
            if (open < 0 || open + 2 >= s.length() || Character.isWhitespace(s.charAt(open + 2))) {
                if (open < 0) {
                    out.append(s, i, s.length());
                    break;
                }
                out.append(s, i, open + 1); // not an opener: keep one star and look again from the next
                i = open + 1;
                continue;
            }
            int close = open + 3;
            while ((close = s.indexOf("**", close)) >= 0 && Character.isWhitespace(s.charAt(close - 1))) {
                close++;
            }
            if (close < 0) {
                out.append(s, i, s.length());
                break;
            }
            out.append(s, i, open).append(s, open + 2, close);
            i = close + 2;
        }
        return out.toString();
    }

    private static String unescape(String s) {
        Matcher m = ENTITY.matcher(s);
        if (!m.find()) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        m.reset();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String entity(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> {
                int cp = name.startsWith("#x") || name.startsWith("#X")
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                yield Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "\uFFFD";
            }
        };
    }
}
