package dev.planetl.read.privacy;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the identifying numbers and addresses a plan document may carry beside a contact (an appendix of
 * applicants, a payee's account): resident and foreign registration numbers, passport numbers, bank account
 * numbers and street or lot addresses. Each pattern demands the shape and the context that tell it from the
 * numbers a plan is made of (amounts with thousands separators, years, law articles, project codes), because a
 * masked amount is a lost number: where the shape alone is ambiguous, a cue word must stand before it.
 * Stateless and thread-safe.
 */
final class IdentifierMasks {

    static final String REGISTRATION_MASK = "******-*******";
    static final String PASSPORT_MASK = "*********";
    static final String ACCOUNT_MASK = "***-***-******";
    static final String ADDRESS_MASK = "(주소)";

    /** YYMMDD with a real month and day, then the sex/century digit 1–8 (5–8 for foreign residents). */
    private static final String BIRTH = "\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])";

    /** 900101-1234567 or 900101 - 1234567: the separator makes the shape unambiguous. */
    private static final Pattern REGISTRATION = Pattern.compile(
            "(?<![\\d,.\\-])" + BIRTH + "\\s?[-–]\\s?[1-8]\\d{6}(?!\\d|[,.]\\d)");

    /**
     * 9001011234567 or 900101 1234567: only after a cue word (주민등록번호, 외국인등록번호), since a bare 13-digit
     * figure is as likely a won amount printed without separators, and its check digit proves nothing (numbers
     * issued since October 2020 have none).
     */
    private static final Pattern REGISTRATION_BARE = Pattern.compile(
            "(?<![\\d,.\\-])(" + BIRTH + ")\\s?([1-8]\\d{6})(?!\\d|[,.]\\d)");
    private static final Pattern REGISTRATION_CUE = Pattern.compile("주민(?:등록)?번호|외국인\\s?등록\\s?번호|등록번호");

    /** Korean passports: M or S and eight digits, or any letter, three digits, a letter, four (the 2021 form). */
    private static final Pattern PASSPORT = Pattern.compile(
            "(?<![A-Za-z0-9])(?:[MS]\\d{8}|[MSRODG]\\d{3}[A-Z]\\d{4})(?![A-Za-z0-9])");
    /** After 여권 any letter and eight digits is a passport number. */
    private static final Pattern PASSPORT_CUED = Pattern.compile(
            "(여권(?:번호)?\\s*[:：]?\\s*)[A-Z]{1,2}\\d{7,8}(?![A-Za-z0-9])");

    /** The cue words an account number follows: 계좌, 예금주, 은행, a bank's name. */
    private static final List<String> ACCOUNT_CUES = List.of("계좌", "예금주", "은행", "통장", "입금", "농협", "신협",
            "우체국", "새마을금고");
    /** Digit groups joined by hyphens after an account cue within 30 characters. */
    private static final Pattern ACCOUNT = Pattern.compile(
            "((?:" + String.join("|", ACCOUNT_CUES) + ")[^\\n\\d]{0,30}?)"
                    + "(?<![\\d,.\\-])\\d{2,6}(?:\\s?-\\s?\\d{2,7}){1,4}(?!\\d|[,.]\\d)");

    private static final String REGION = "[가-힣]{1,10}(?:특별시|광역시|특별자치시|특별자치도|도|시|군|구)";
    /** The last syllable of a road's name (세종로, 중앙길) and of a lot's (역삼동, 봉명리, 종로1가). */
    private static final String ROAD = "로길";
    private static final String LOT = "동리가";
    /**
     * A region (…시, …도, …구, …군) then, within a few words, a road and building number (세종로 12, 중앙길 3,
     * 대덕대로 989번길 11) or a lot (역삼동 123-4, 봉명리 56). The number must not continue as an amount or a count.
     */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?<![가-힣])" + REGION + "(?:\\s+[가-힣0-9]{1,12}(?:시|군|구|읍|면))*\\s+(?:[가-힣0-9·]{1,15}[" + ROAD + "]\\s?"
                    + "\\d{1,5}(?:번길\\s?\\d{1,5})?|[가-힣0-9]{1,10}[" + LOT + "]\\s?(?:산\\s?)?\\d{1,5})(?:-\\d{1,5})?"
                    + "(?!\\d|[,.]\\d|\\s?(?:억|만|천|원|개|명|건|년|월|일|%|호선|차|번째))");

    private IdentifierMasks() {
    }

    /**
     * What an address needs beside its region: a road or lot word right before its number (세종로 12, 역삼동 123,
     * 봉명리 산 56), from the same syllables as {@link #ADDRESS}. Cheaper to look for than the address itself,
     * which tries a region at every syllable.
     */
    private static final Pattern ROAD_OR_LOT_NUMBER = Pattern.compile("[" + ROAD + LOT + "]\\s?(?:산\\s?)?\\d");

    /** @param shortcuts skip the account and address patterns where their cue words or road numbers are missing */
    static String mask(String s, boolean shortcuts) {
        s = REGISTRATION.matcher(s).replaceAll(REGISTRATION_MASK);
        s = bareRegistrations(s);
        s = PASSPORT_CUED.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + PASSPORT_MASK));
        s = PASSPORT.matcher(s).replaceAll(PASSPORT_MASK);
        if (!shortcuts || containsAny(s, ACCOUNT_CUES)) {
            s = replace(ACCOUNT, s, m -> true, m -> m.group(1) + ACCOUNT_MASK);
        }
        if (!shortcuts || ROAD_OR_LOT_NUMBER.matcher(s).find()) {
            s = ADDRESS.matcher(s).replaceAll(ADDRESS_MASK);
        }
        return s;
    }

    /** True when {@code s} holds one of the words: what a pattern starting with their alternation needs. */
    static boolean containsAny(String s, List<String> words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static String bareRegistrations(String s) {
        Matcher cue = REGISTRATION_CUE.matcher(s);
        if (!cue.find()) {
            return s;
        }
        int from = cue.start();
        return s.substring(0, from) + replace(REGISTRATION_BARE, s.substring(from), m -> true, m -> REGISTRATION_MASK);
    }

    private static String replace(Pattern pattern, String s, Predicate<Matcher> when,
                                  java.util.function.Function<Matcher, String> with) {
        Matcher m = pattern.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(when.test(m) ? with.apply(m) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
