package dev.planetl.read.privacy;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in a piece of text before it is stored: telephone numbers, e-mail addresses, the
 * personal names a contact block sets beside them (담당자 조영길 서기관, 담당과장 정권 과장), and, through
 * {@link IdentifierMasks}, resident and foreign registration numbers, passport and bank account numbers and
 * street or lot addresses.
 *
 * <p>Stateless and thread-safe. The masks keep the shape of what was there so a reader of the stored text
 * still sees that a phone number or an address stood there: {@code ***-****-****}, {@code ***@***},
 * {@code ○○○}, {@code ******-*******}, {@code (주소)}.
 */
public final class PersonalDataMasker {

    private static final Pattern YEAR_DOT_NUMBER = Pattern.compile("(19|20)\\d{2}[.]\\s?\\d{4}");
    private static final Pattern YEAR_RANGE = Pattern.compile("(19|20)\\d{2}\\s?[-.]\\s?(19|20)\\d{2}");

    public static final String PHONE_MASK = "***-****-****";
    public static final String EMAIL_MASK = "***@***";
    public static final String NAME_MASK = "○○○";

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+\\-]+\\s*@\\s*[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+");

    /**
     * Korean phone numbers: area code 02 or 0NN, mobile 01N, optional +82, separated by '-', '.', ')' or a
     * space; also the 15xx-xxxx / 16xx-xxxx service numbers. Digits on either side must not continue the
     * number, so amounts such as 1,500 or years such as 2025 are left alone.
     */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d,.])(?:\\+82[\\s-]?0?(?:2|[3-6]\\d|1[016789]|70|80)[\\s.)-]?|\\(0\\d{1,2}\\)\\s?"
                    + "|0(?:2|[3-6]\\d|1[016789]|70|80)[\\s.)-]?)?\\d{3,4}[\\s.-]\\d{4}(?![\\d,])");

    /** A role word of a contact block followed by a name: 담당자 조영길, 담당과장 정권, 작성자: 홍길동. */
    private static final Pattern ROLE_NAME = Pattern.compile(
            "(담당자|담당과장|담당관|작성자|책임자|실무자)"
                    + "(\\s*[:：]?\\s*)([가-힣]{2,4})(?=\\s|$|[,(/)])");

    /** The civil-service ranks a name stands before. */
    private static final java.util.List<String> RANKS = java.util.List.of("서기관", "사무관", "주무관", "과장", "국장",
            "팀장", "연구관", "행정관");
    /** A name followed by a civil-service rank: 조영길 서기관, 정권 과장. */
    private static final Pattern NAME_RANK = Pattern.compile(
            "(?<![가-힣])([가-힣]{2,4})(\\s+)(" + String.join("|", RANKS) + ")(?![가-힣])");

    /** Words that stand where a name could, but are not names. */
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of(
            "담당", "산업", "기술", "정책", "부처", "전담", "총괄", "기획", "운영", "지원", "담당과장", "담당자");

    /** @return the text with every kind of personal data above masked; null for null */
    public String mask(String text) {
        if (text == null) {
            return null;
        }
        return mask(text, true);
    }

    /**
     * @param shortcuts skip each pattern a text cannot match: every pattern of an e-mail address has an {@code @},
     *     every one of a number ({@link IdentifierMasks}, telephones) an ASCII digit, a name beside a rank one of
     *     the ranks. Most of what a plan stores (its findings, sentences, cells) has no digit or
     *     no {@code @}; the output is the same without them ({@code PersonalDataMaskerTest} holds it to that on
     *     the seeds' text)
     */
    String mask(String text, boolean shortcuts) {
        if (text == null) {
            return null;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (!shortcuts || s.indexOf('@') >= 0) {
            s = EMAIL.matcher(s).replaceAll(EMAIL_MASK);
        }
        if (!shortcuts || hasAsciiDigit(s)) {
            // identifiers first: a registration or account number must not be half-taken for a phone number
            s = IdentifierMasks.mask(s, shortcuts);
            s = maskPhones(s);
        }
        if (containsContactCue(s, shortcuts)) {
            s = maskNames(s);
        }
        return s;
    }

    /** The patterns' {@code \d} is ASCII only (no {@code UNICODE_CHARACTER_CLASS}). */
    static boolean hasAsciiDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** True when the text looks like part of a contact block, where names stand beside roles and numbers. */
    public boolean containsPersonalData(String text) {
        return text != null && !text.equals(mask(text));
    }

    private static String maskPhones(String s) {
        Matcher m = PHONE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String hit = m.group();
            long digits = hit.chars().filter(Character::isDigit).count();
            // 7 digits at least (local number), never a date such as 2025.0526 (no separators of a phone) nor a
            // period such as 2020-2025, which a plan prints far more often than a local number without area code
            boolean phone = digits >= 7 && digits <= 12 && !YEAR_DOT_NUMBER.matcher(hit).matches()
                    && !YEAR_RANGE.matcher(hit).matches();
            m.appendReplacement(out, Matcher.quoteReplacement(phone ? PHONE_MASK : hit));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean containsContactCue(String s, boolean shortcuts) {
        return s.contains(PHONE_MASK) || s.contains(EMAIL_MASK) || s.contains("담당자") || s.contains("담당과장")
                || s.contains("연락처") || s.contains("전 화") || s.contains("전화") || s.contains("문의")
                || (!shortcuts || IdentifierMasks.containsAny(s, RANKS)) && NAME_RANK.matcher(s).find();
    }

    private static String maskNames(String s) {
        Matcher m = ROLE_NAME.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(3);
            String replacement = NOT_NAMES.contains(name) ? m.group() : m.group(1) + m.group(2) + NAME_MASK;
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        m = NAME_RANK.matcher(out.toString());
        out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement = NOT_NAMES.contains(name) ? m.group() : NAME_MASK + m.group(2) + m.group(3);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
