package dev.planetl.read.prose;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts the subject an amount belongs to out of the text before it: back to the start of the sentence, to a
 * comma that closes a list item ({@code …(23, 59.2억원), AI 기반 …}), or to {@code ) 및}; then strips what is
 * not the subject: a leading year or period, a leading label when more follows it, other amounts, trailing
 * particles (에, 은, 는, 에 대해 …) and footnote stars.
 */
final class SubjectText {

    private static final Pattern LEADING_JOINER = Pattern.compile("^(?:및|등|/|규모의?)\\s+");
    private static final Pattern SPACE_RUN = Pattern.compile("\\s+");
    private static final Pattern LEADING_STARS = Pattern.compile("^\\*+");
    private static final Pattern LEADING_YEAR = Pattern.compile(
            "^(?:['‘’`´′＇]\\d{2}|(?:19|20)\\d{2}|\\d{2}(?=\\s*년|\\s*[~∼～]))(?:\\s*년도?)?"
                    + "(?:\\s*[~∼～\\-]\\s*(?:['‘’`´′＇]?\\d{2}|(?:19|20)\\d{2})(?:\\s*년도?)?)?(?:\\s*\\([^()]*\\))?[\\s,]*");
    private static final Pattern TRAILING = Pattern.compile(
            "(?:\\s*[:：*,，]+|\\s*(?:에 대해|에 대하여|을 위해|를 위해|에는|에서|에게|에|은|는|으로|총|약|대상|신규|확정|기준)"
                    + "|\\s+등|\\s*(?:['‘’`´′＇]\\d{2}|(?:19|20)\\d{2})(?:\\s*년도?|\\.)?)\\s*$");
    /** A list item before a comma that ends in an act (개최, 추진 …) is a separate clause, not part of the subject. */
    private static final Pattern CLAUSE_END = Pattern.compile(
            "(?:개최|추진|수립|마련|발표|선정|포함|완료|착수|실시|운영|체결)\\s*$");

    private SubjectText() {
    }

    /**
     * @param text the sentence
     * @param parens its parenthesis structure
     * @param end where the subject ends (the '(' of the amount's group, or the amount itself)
     * @param money the sentence's amounts, to keep other amounts out of the subject
     * @return the subject as printed, cleaned, possibly empty
     */
    static String before(String text, Parens parens, int end, List<MoneyPhrase> money) {
        int begin = boundary(text, parens, end, money);
        String raw = text.substring(begin, end).stripTrailing();
        for (MoneyPhrase m : money) {
            if (m.start() >= begin && m.end() == begin + raw.length()) {
                raw = raw.substring(0, m.start() - begin).stripTrailing();
            }
        }
        int cut = -1;
        for (MoneyPhrase m : money) {
            if (m.end() <= begin + raw.length() && m.end() > begin) {
                cut = Math.max(cut, m.end() - begin);
            }
        }
        if (cut >= 0) {
            raw = raw.substring(cut);
            int and = raw.indexOf(" 및 ");
            if (and >= 0) {
                raw = raw.substring(and + 3);
            }
        }
        // 구축* 및 …: a footnoted item closed by its star, then another item; the amount belongs to the last
        int starred = raw.lastIndexOf("* 및 ");
        if (starred >= 0 && raw.indexOf('(', starred) < 0) {
            raw = raw.substring(starred + 4);
        }
        int comma = lastTopLevelComma(raw);
        while (comma >= 0 && CLAUSE_END.matcher(raw.substring(0, comma)).find()) {
            raw = raw.substring(comma + 1);
            comma = lastTopLevelComma(raw);
        }
        return clean(raw);
    }

    /** Where the subject of an amount ending at end begins, for callers that look for a year there. */
    static int start(String text, Parens parens, int end, List<MoneyPhrase> money) {
        return boundary(text, parens, end, money);
    }

    private static int lastTopLevelComma(String raw) {
        int depth = 0;
        int found = -1;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if ((c == ',' || c == '，') && depth == 0) {
                found = i;
            }
        }
        return found;
    }

    /**
     * An entity reference a parser left unexpanded (&amp;lol9; of an entity bomb the XML reader refused, &amp;nbsp;
     * of careless HTML): markup residue, never words of a subject.
     */
    private static final java.util.regex.Pattern ENTITY_RESIDUE =
            java.util.regex.Pattern.compile("&(?:#\\d{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});");

    static String clean(String raw) {
        String s = ENTITY_RESIDUE.matcher(raw.replace("&amp;", "&")).replaceAll(" ").strip();
        String previous;
        do {
            previous = s;
            s = LEADING_STARS.matcher(LEADING_JOINER.matcher(s).replaceFirst("")).replaceFirst("").strip();
            s = LEADING_YEAR.matcher(s).replaceFirst("").strip();
            String unlabelled = YearPatterns.withoutLabel(s);
            if (unlabelled != null) {
                String rest = LEADING_YEAR.matcher(unlabelled.strip()).replaceFirst("").strip();
                s = rest.isEmpty() || TRAILING.matcher(" " + rest).replaceAll("").isBlank()
                        ? labelOf(s) : unlabelled.strip();
            }
            s = TRAILING.matcher(s).replaceAll("").strip();
        } while (!s.equals(previous));
        return SPACE_RUN.matcher(s).replaceAll(" ");
    }

    private static String labelOf(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return s.substring(1, i).strip();
            }
        }
        return s;
    }

    private static int boundary(String text, Parens parens, int end, List<MoneyPhrase> money) {
        int depth = 0;
        for (int i = end - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    return i + 1;
                }
                depth--;
            } else if (depth == 0) {
                if ((c == ',' || c == '，') && listItemEndsAt(text, i, money)) {
                    return i + 1;
                }
                if (c == '→' || c == '⇒' || (c == '/' && i > 0 && text.charAt(i - 1) == ' ')
                        || (c == '>' && i > 0 && text.charAt(i - 1) == '-')) {
                    return i + 1;
                }
                if (text.startsWith(") 및 ", i - 1) || text.startsWith(")및 ", i)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    /** A comma closes a list item when what precedes it is a parenthesis or an amount. */
    private static boolean listItemEndsAt(String text, int comma, List<MoneyPhrase> money) {
        String before = text.substring(0, comma).stripTrailing();
        if (before.endsWith(")")) {
            return true;
        }
        for (MoneyPhrase m : money) {
            if (m.end() == before.length()) {
                return true;
            }
        }
        return false;
    }
}
