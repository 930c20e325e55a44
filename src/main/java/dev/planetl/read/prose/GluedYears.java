package dev.planetl.read.prose;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a quoted two-digit year off the amount it is glued to: {@code ‘12104억→’181조 7,421억원} is
 * '12년 104억 → '18년 1조 7,421억원, as Hangul prints it when the space after the year is lost. A quote before
 * digits is also how prose quotes an amount ({@code ‘1조 클럽’}), so the split is made only where it is
 * certain: where the amount read whole is not written the way amounts are ({@code 12104억}: 억 counts up to
 * 9,999, beyond that a plan writes 조) and the split one is, or where the same document prints the split
 * amount elsewhere and not the whole one. Any other glued figure is a finding and is not read.
 * One instance per document; immutable after construction.
 */
final class GluedYears {

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern GLUED = Pattern.compile("['‘’`´′＇](\\d{2})(?=\\d)");

    /** A coefficient of 억 or 만 without 천/백/십 before the unit. */
    private static final Pattern COEFFICIENT = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)\\s*(억|만)");

    /** The sentence text with the certain splits made and the uncertain figures blanked, and one problem each. */
    record Split(String text, List<MentionParser.Problem> problems) {
    }

    private final MoneyPhraseScanner scanner;
    private final Set<String> printed = new HashSet<>();

    /** @param sentences every sentence of the document, for the amounts it prints unglued */
    GluedYears(MoneyPhraseScanner scanner, List<Sentence> sentences) {
        this.scanner = scanner;
        for (Sentence s : sentences) {
            String text = s.text();
            for (MoneyPhrase p : scanner.scan(text)) {
                if (p.amount() != null && !(p.start() > 0 && isQuote(text.charAt(p.start() - 1)))) {
                    printed.add(key(p));
                }
            }
        }
    }

    Split split(String text) {
        Matcher m = GLUED.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 8);
        List<MentionParser.Problem> problems = new ArrayList<>();
        int copied = 0;
        while (m.find()) {
            MoneyPhrase whole = phraseAt(text, m.start(1));
            MoneyPhrase rest = phraseAt(text, m.end(1));
            if (whole == null || rest == null || rest.amount() == null) {
                continue;
            }
            boolean split = !wellFormed(whole) && wellFormed(rest)
                    || printed.contains(key(rest)) && (whole.amount() == null || !printed.contains(key(whole)));
            boolean keep = wellFormed(whole) && whole.amount() != null && printed.contains(key(whole))
                    && !printed.contains(key(rest));
            if (keep) {
                continue;
            }
            out.append(text, copied, m.start());
            if (split) {
                if (m.start() > 0 && !Character.isWhitespace(text.charAt(m.start() - 1))
                        && text.charAt(m.start() - 1) != '(') {
                    out.append(' ');
                }
                out.append(text, m.start(), m.end(1)).append("년 ");
                copied = m.end(1);
            } else {
                String glued = text.substring(m.start(), m.start(1) + whole.end());
                problems.add(new MentionParser.Problem("mention.year.glued", "a two-digit year may be glued to"
                        + " the amount ('" + m.group(1) + " " + rest.asWritten() + " or " + whole.asWritten()
                        + ") and the document prints neither elsewhere", glued));
                out.append(DIGIT.matcher(glued).replaceAll("#"));
                copied = m.start(1) + whole.end();
            }
        }
        if (copied == 0) {
            return new Split(text, problems);
        }
        out.append(text, Math.min(copied, text.length()), text.length());
        return new Split(out.toString(), problems);
    }

    private MoneyPhrase phraseAt(String text, int at) {
        List<MoneyPhrase> found = scanner.scan(text.substring(at));
        return found.isEmpty() || found.get(0).start() != 0 ? null : found.get(0);
    }

    /** Whether no 억 or 만 counts past 9,999 (a plan writes 1조 2,104억, not 12104억). */
    static boolean wellFormed(MoneyPhrase phrase) {
        Matcher c = COEFFICIENT.matcher(phrase.asWritten());
        while (c.find()) {
            String digits = c.group(1).replace(",", "");
            int point = digits.indexOf('.');
            if ((point < 0 ? digits.length() : point) > 4) {
                return false;
            }
        }
        return true;
    }

    private static String key(MoneyPhrase p) {
        return p.currency() + ":" + (p.amount() == null ? "?" : p.amount().stripTrailingZeros().toPlainString());
    }

    private static boolean isQuote(char c) {
        return "'‘’`´′＇".indexOf(c) >= 0;
    }
}
