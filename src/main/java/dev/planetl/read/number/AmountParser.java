package dev.planetl.read.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads printed amounts exactly: {@code 8,616.82}, {@code 3조 3,365억원}, {@code 148억 3천만 유로}, {@code 4.53조원},
 * {@code 5,521.27 (15.98)}. A text that is not exactly an amount is a failure, never a guess: {@code 966.11.00}
 * fails. Immutable and thread-safe.
 */
public final class AmountParser {

    /** Digits with well-placed grouping commas, or without any, then an optional fraction. */
    private static final Pattern NUMBER = Pattern.compile("(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");
    private static final Pattern SHARE = Pattern.compile("[(（]\\s*(?:비중\\s*)?(\\d+(?:\\.\\d+)?)\\s*%?\\s*[)）]");
    private static final Pattern BLANK = Pattern.compile("[-‐‑–—－―]*");
    /** Signs Korean tables print before a negative amount; ▲ is left out on purpose: tables print it for a rise. */
    private static final String NEGATIVE_SIGNS = "-−△▽－";
    /** An accountant's negative: the whole cell in parentheses, {@code (1,234)}. */
    private static final Pattern PARENTHESISED = Pattern.compile("^[(（]\\s*(\\d[\\d,.]*)\\s*[)）]$");
    /** What may follow a plain number: a percent sign or a counter word (28개, 12건). */
    private static final Pattern COUNTER = Pattern.compile("\\s*(?:%|개|건)$");
    /** In prose a number word without currency is read as won only from 억 up: 2만 5천TEU is not money. */
    private static final int MIN_BARE_MAGNITUDE = 8;

    private final UnitVocabulary units;

    public AmountParser(UnitVocabulary units) {
        this.units = Objects.requireNonNull(units, "units");
    }

    /** A parser over the shipped {@code vocab/units.tsv}. */
    public static AmountParser standard() {
        return new AmountParser(UnitVocabulary.standard());
    }

    public UnitVocabulary units() {
        return units;
    }

    /**
     * An amount found inside a longer text, with its character range.
     *
     * @param currencyPrinted whether a currency word was printed; without one ({@code 43.2억}) the amount was
     *     read as won from a magnitude of 억 or more, and the caller judges from context whether it is money
     */
    public record Found(int start, int end, Amount amount, boolean currencyPrinted) {
    }

    /** One reading of a text from a position: where it ended and what it gave. */
    private record Scan(int end, BigDecimal value, String currency, String unitText, boolean hasUnit,
                        int exponent, BigDecimal share, String error) {
        /** The power of ten of the last number word, the smallest of the chain; 0 without any. */
        int lastExponent() {
            return exponent;
        }
    }

    /**
     * Reads a whole cell. The unit printed beside the number wins over {@code tableUnit}.
     *
     * @param text the cell as printed; null reads as blank
     * @param tableUnit the unit of the table or line, or null when none was stated
     */
    /** Letters only after a number: a unit word, just not one the vocabulary has. */
    private static final java.util.regex.Pattern UNIT_WORD = java.util.regex.Pattern.compile("[\\p{L}][\\p{L} ]*");

    public AmountReading parse(String text, Unit tableUnit) {
        String raw = text == null ? "" : text.strip();
        String body = halfWidth(raw);
        if (BLANK.matcher(body).matches()) {
            return new AmountReading.Blank(raw);
        }
        int pos = 0;
        boolean negative = false;
        Matcher parenthesised = PARENTHESISED.matcher(body);
        if (parenthesised.matches()) {
            negative = true;
            body = parenthesised.group(1);
        } else if (NEGATIVE_SIGNS.indexOf(body.charAt(0)) >= 0) {
            negative = true;
            pos = skipSpaces(body, 1);
        }
        Scan scan = scan(body, pos, true);
        if (scan.error() != null) {
            return new AmountReading.Failed(raw, AmountReading.MALFORMED, scan.error());
        }
        if (skipSpaces(body, scan.end()) != body.length()) {
            String after = body.substring(scan.end()).strip();
            if (UNIT_WORD.matcher(after).matches()) {
                return new AmountReading.Failed(raw, AmountReading.UNIT_UNKNOWN, "'" + raw + "': '" + after
                        + "' is not a unit planetl knows (vocab/units.tsv), so the amount cannot be valued");
            }
            return new AmountReading.Failed(raw, AmountReading.MALFORMED,
                    "'" + raw + "' is not a number: '" + body.substring(scan.end()).strip() + "' follows '"
                            + body.substring(0, scan.end()).strip() + "'");
        }
        BigDecimal value = scan.value();
        String currency = scan.currency();
        String unitText = scan.unitText();
        if (!scan.hasUnit()) {
            if (tableUnit == null) {
                return new AmountReading.Failed(raw, AmountReading.UNIT_MISSING,
                        "'" + raw + "' has no unit and no unit is stated for its table or line");
            }
            value = tableUnit.toBase(value);
            currency = tableUnit.currency();
            unitText = tableUnit.asWritten();
        } else if (currency == null) {
            // Number words without currency in a table with a unit: 1조 2,000억 in an 억원 table is 12,000억, read
            // as written. Words below the table's own magnitude (2 천, 5백 in an 억원 table) could mean 2,000억 or
            // 2,000 won: no reading is certain.
            if (tableUnit != null && scan.lastExponent() < tableUnit.exponent()) {
                return new AmountReading.Failed(raw, AmountReading.MAGNITUDE, "'" + raw + "' uses the number word '"
                        + scan.unitText() + "' below the table's unit " + tableUnit.asWritten()
                        + ": it may be read as " + scan.unitText() + " of " + tableUnit.asWritten()
                        + " or as won, so it is not read");
            }
            currency = tableUnit == null ? "KRW" : tableUnit.currency();
        }
        java.util.OptionalInt ceiling = units.ceilingExponent(currency);
        if (ceiling.isPresent() && value.compareTo(BigDecimal.ONE.scaleByPowerOfTen(ceiling.getAsInt())) > 0) {
            return new AmountReading.Failed(raw, AmountReading.OUT_OF_RANGE, "'" + raw + "' in " + unitText
                    + " is " + normalise(value).toPlainString() + " " + currency + ", more than 10^"
                    + ceiling.getAsInt() + " (vocab/units.tsv ceiling): not a figure one cell can hold");
        }
        if (negative) {
            value = value.negate();
        }
        return new AmountReading.Read(new Amount(normalise(value), currency, raw, unitText, scan.share()));
    }

    /**
     * Finds amounts that carry their own unit word inside prose: {@code 총 3조 3,365억원}, {@code (’25, 43.2억)},
     * {@code 148억 3천만 유로}. Bare numbers are passed over: without a unit they are not amounts.
     */
    public List<Found> findAll(String text) {
        List<Found> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher m = NUMBER.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int start = m.start();
            if (start > 0 && (Character.isDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '.'
                    || text.charAt(start - 1) == ',')) {
                from = m.end();
                continue;
            }
            Scan scan = scan(text, start, false);
            boolean moneyLike = scan.error() == null && scan.hasUnit()
                    && (scan.currency() != null || scan.exponent() >= MIN_BARE_MAGNITUDE);
            if (moneyLike) {
                String currency = scan.currency() == null ? "KRW" : scan.currency();
                String asWritten = text.substring(start, scan.end()).strip();
                found.add(new Found(start, scan.end(), new Amount(normalise(scan.value()), currency, asWritten,
                        scan.unitText(), scan.share()), scan.currency() != null));
                from = scan.end();
            } else {
                from = m.end();
            }
        }
        return found;
    }

    /**
     * Reads a plain number without unit: a share {@code 14.91}, {@code 15.98%} or a count {@code 28}.
     * A dash or empty text is blank.
     */
    public DecimalReading parseDecimal(String text) {
        String raw = text == null ? "" : text.strip();
        if (BLANK.matcher(raw).matches()) {
            return new DecimalReading(raw, null, null);
        }
        String body = COUNTER.matcher(halfWidth(raw)).replaceFirst("");
        Matcher m = NUMBER.matcher(body);
        if (!m.matches()) {
            return new DecimalReading(raw, null, "'" + raw + "' is not a number");
        }
        return new DecimalReading(raw, new BigDecimal(body.replace(",", "")), null);
    }

    private Scan scan(String s, int start, boolean whole) {
        Matcher m = NUMBER.matcher(s);
        BigDecimal total = BigDecimal.ZERO;
        Integer lastExponent = null;
        String lastMagnitude = null;
        int pos = start;
        boolean plain = false;
        while (true) {
            m.region(pos, s.length());
            if (!m.lookingAt()) {
                if (lastExponent == null) {
                    return error(pos, "no number at '" + s.substring(pos).strip() + "'");
                }
                break;
            }
            BigDecimal n = new BigDecimal(m.group().replace(",", ""));
            int afterNumber = m.end();
            int q = skipSpaces(s, afterNumber);
            Optional<UnitVocabulary.Word> magnitude = units.magnitudeAt(s, q);
            if (magnitude.isEmpty()) {
                if (lastExponent != null) {
                    break;
                }
                total = n;
                plain = true;
                pos = afterNumber;
                break;
            }
            int exponent = magnitude.get().exponent();
            if (lastExponent != null) {
                if (exponent >= lastExponent) {
                    return error(q, "'" + magnitude.get().text() + "' cannot follow '" + lastMagnitude + "'");
                }
                if (n.scaleByPowerOfTen(exponent).compareTo(BigDecimal.ONE.scaleByPowerOfTen(lastExponent)) >= 0) {
                    return error(q, "'" + m.group() + magnitude.get().text() + "' is not below one "
                            + lastMagnitude);
                }
            }
            total = total.add(n.scaleByPowerOfTen(exponent));
            lastExponent = exponent;
            lastMagnitude = magnitude.get().text();
            pos = q + magnitude.get().length();
            int next = skipSpaces(s, pos);
            if (next < s.length() && Character.isDigit(s.charAt(next))) {
                pos = next;
                continue;
            }
            break;
        }
        if (whole && pos < s.length() && (s.charAt(pos) == '.' || s.charAt(pos) == ',')) {
            return error(pos, "'" + s.strip() + "' has a misplaced '" + s.charAt(pos) + "'");
        }
        int unitStart = plain ? pos : pos - (lastMagnitude == null ? 0 : lastMagnitude.length());
        int c = skipSpaces(s, pos);
        Optional<UnitVocabulary.Word> currency = units.currencyAt(s, c);
        String currencyCode = null;
        if (currency.isPresent()) {
            currencyCode = currency.get().value();
            pos = c + currency.get().length();
        }
        boolean hasUnit = lastExponent != null || currencyCode != null;
        String unitText = hasUnit ? s.substring(plain ? c : unitStart, pos).strip() : "";
        BigDecimal share = null;
        Matcher shareMatcher = SHARE.matcher(s);
        shareMatcher.region(skipSpaces(s, pos), s.length());
        if (shareMatcher.lookingAt()) {
            share = new BigDecimal(shareMatcher.group(1));
            pos = shareMatcher.end();
        }
        return new Scan(pos, total, currencyCode, unitText, hasUnit, lastExponent == null ? 0 : lastExponent,
                share, null);
    }

    private static Scan error(int pos, String message) {
        return new Scan(pos, null, null, null, false, 0, null, message);
    }

    private static int skipSpaces(String s, int pos) {
        int p = pos;
        while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
            p++;
        }
        return p;
    }

    private static BigDecimal normalise(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /** Full-width digits and separators (１，２３４．５) as their ASCII forms; NFC leaves them as printed. */
    private static String halfWidth(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= '０' && ch <= '９') {
                out.append((char) ('0' + (ch - '０')));
            } else if (ch == '，') {
                out.append(',');
            } else if (ch == '．') {
                out.append('.');
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
