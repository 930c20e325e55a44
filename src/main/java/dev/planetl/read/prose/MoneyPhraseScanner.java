package dev.planetl.read.prose;

import dev.planetl.read.number.AmountParser;
import dev.planetl.read.number.AmountReading;
import dev.planetl.read.vocab.VocabularySource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts of money in a sentence: Korean number words (3조 4,561억원, 148억 3천만 유로, 15백만원),
 * a currency word from {@code vocab/prose-currencies.tsv}, or 억/조 alone where plans leave 원 out
 * ({@code ‘25년 24억}). A law article ({@code 제50조}, {@code 제35조의2}) is no amount. Counts (개, 건, 명, 개社), percentages and other units are not money and are not
 * returned. A number that reads as money but whose parts do not compose ({@code 0.9만억 위안}) is returned
 * with a null amount so the caller can report it. This class decides where an amount starts and ends in
 * prose and whether it is money; its value is read by the shared {@link AmountParser}, so prose and tables
 * agree on every number. Immutable and thread-safe.
 */
public final class MoneyPhraseScanner {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    private static final Pattern UNIT = Pattern.compile("(천|백|십)?(조|억|만)|(천)");
    /** A law article, {@code 제50조}, {@code 제35조의2}: after 제, 조 is an article, never 조원. */
    private static final Pattern ARTICLE = Pattern.compile("\\d+\\s?조(?:\\s?의\\s?\\d+)?");
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("제\\s?$");
    /** What may follow 억 or 조 printed without 원 for it to be read as won. */
    private static final Pattern BARE_FOLLOW = Pattern.compile(
            "^\\s*(?:$|[),，/→\\-]|->|(?:투입|규모|예산|지원|투자|수준|내외|이상|미만)(?![가-힣]))");
    /** Hangul that may directly follow a currency word: particles and 화 (달러화), not the rest of a word. */
    private static final Pattern CURRENCY_FOLLOW = Pattern.compile("^(?:[^가-힣]|$|[을를이가의은는으로에과와도만씩화])");

    private final List<String[]> currencies;
    private final AmountParser amounts;

    /** With the shipped amount parser ({@code vocab/units.tsv}), which reads the value of every phrase. */
    public MoneyPhraseScanner() {
        this(AmountParser.standard());
    }

    public MoneyPhraseScanner(AmountParser amounts) {
        this(amounts, VocabularySource.packaged());
    }

    /** With {@code prose-currencies.tsv} from the source. */
    public MoneyPhraseScanner(AmountParser amounts, VocabularySource source) {
        this.amounts = amounts;
        this.currencies = VocabularyFile.rows(source, "prose-currencies.tsv", 2).stream()
                .map(r -> new String[] {r.get(0), r.get(1)})
                .sorted((a, b) -> b[0].length() - a[0].length())
                .toList();
    }

    /** @return the amounts in the text, in order, never overlapping */
    public List<MoneyPhrase> scan(String text) {
        List<MoneyPhrase> out = new ArrayList<>();
        Matcher number = NUMBER.matcher(text);
        int from = 0;
        // every number starts with an ASCII digit (its \d is ASCII), and one starts at every digit: the find begins
        // there instead of trying the pattern at each syllable before it
        while ((from = nextDigit(text, from)) >= 0 && number.find(from)) {
            int start = number.start();
            if (start > 0 && isNumberPart(text.charAt(start - 1))) {
                from = number.end();
                continue;
            }
            Matcher article = ARTICLE.matcher(text).region(start, text.length());
            if (article.lookingAt() && ARTICLE_BEFORE.matcher(text.substring(Math.max(0, start - 2), start)).find()) {
                from = article.end();
                continue;
            }
            MoneyPhrase phrase = readAt(text, start);
            if (phrase == null) {
                from = number.end();
            } else {
                out.add(phrase);
                from = phrase.end();
            }
        }
        return out;
    }

    private static boolean isNumberPart(char c) {
        return Character.isDigit(c) || c == ',' || c == '.' || Character.isLetter(c) && c < 0x80;
    }

    private MoneyPhrase readAt(String text, int start) {
        int pos = start;
        long lastMultiplier = Long.MAX_VALUE;
        boolean malformed = false;
        String lastUnit = null;
        int lastEnd = start;
        Matcher number = NUMBER.matcher(text);
        while (true) {
            // a number right here, or none: not the next one further on
            if (!number.region(pos, text.length()).lookingAt()) {
                break;
            }
            int afterNumber = number.end();
            int unitAt = skipSpaces(text, afterNumber);
            Matcher unit = UNIT.matcher(text);
            unit.region(unitAt, text.length());
            if (unit.lookingAt()) {
                long multiplier = multiplier(unit);
                String u = unit.group();
                // 만억 (Chinese 万亿) and the like: a larger unit right after a smaller one
                int next = unit.end();
                Matcher stacked = UNIT.matcher(text);
                stacked.region(next, text.length());
                if (stacked.lookingAt() && stacked.group(3) == null) {
                    malformed = true;
                    next = stacked.end();
                }
                if (multiplier >= lastMultiplier) {
                    malformed = true;
                }
                lastMultiplier = multiplier;
                lastUnit = u;
                lastEnd = next;
                pos = skipSpaces(text, next);
                continue;
            }
            // a number without a number word ends the amount; it is its last part
            lastEnd = afterNumber;
            lastUnit = null;
            break;
        }
        int currencyAt = skipSpaces(text, lastEnd);
        for (String[] c : currencies) {
            if (text.startsWith(c[0], currencyAt)
                    && CURRENCY_FOLLOW.matcher(text.substring(currencyAt + c[0].length())).lookingAt()) {
                int end = currencyAt + c[0].length();
                String asWritten = text.substring(start, end);
                return new MoneyPhrase(start, end, asWritten, malformed ? null : value(asWritten, c[1]), c[1], false);
            }
        }
        if (lastUnit != null && (lastUnit.endsWith("억") || lastUnit.endsWith("조"))
                && BARE_FOLLOW.matcher(text.substring(lastEnd)).lookingAt()) {
            String asWritten = text.substring(start, lastEnd);
            return new MoneyPhrase(start, lastEnd, asWritten, malformed ? null : value(asWritten, "KRW"), "KRW", true);
        }
        return null;
    }

    /** The value as the shared amount parser reads it; null when it reads otherwise or not at all. */
    private BigDecimal value(String asWritten, String currency) {
        AmountReading reading = amounts.parse(asWritten, null);
        if (reading instanceof AmountReading.Read read && read.amount().currency().equals(currency)) {
            return read.amount().value();
        }
        return null;
    }

    private static long multiplier(Matcher unit) {
        if (unit.group(3) != null) {
            return 1_000L;
        }
        long base = switch (unit.group(2)) {
            case "조" -> 1_000_000_000_000L;
            case "억" -> 100_000_000L;
            default -> 10_000L;
        };
        String prefix = unit.group(1);
        if (prefix == null) {
            return base;
        }
        return base * switch (prefix) {
            case "천" -> 1_000L;
            case "백" -> 100L;
            default -> 10L;
        };
    }

    /** The first ASCII digit at or after {@code from}, or -1. */
    private static int nextDigit(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return i;
            }
        }
        return -1;
    }

    private static int skipSpaces(String text, int pos) {
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\u00a0')) {
            pos++;
        }
        return pos;
    }
}
