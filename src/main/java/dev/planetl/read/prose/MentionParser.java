package dev.planetl.read.prose;

import dev.planetl.read.MentionKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the amounts of one sentence: for each, the year or period it belongs to, its kind and its subject.
 * An amount is placed only by the printed forms plans use (see {@link YearPatterns}); anything else is
 * returned as a problem with a rule name, never guessed.
 */
final class MentionParser {

    private static final Pattern APPROXIMATELY = Pattern.compile("^\\s*(?:약|총)?\\s*");
    private static final Pattern COMMA = Pattern.compile("[,，]");

    /** A placed amount. Years are resolved; fiscalYear is null for a period. */
    record Draft(MoneyPhrase money, Integer fiscalYear, int periodStart, int periodEnd, String subject,
                 MentionKind kind) {
    }

    /** An amount, or a number that looks like one, that could not be placed. */
    record Problem(String rule, String message, String asWritten) {
    }

    record Outcome(List<Draft> drafts, List<Problem> problems) {
    }

    private static final Pattern NATIONAL = Pattern.compile("(?:국비|국고)\\s*$");
    private static final Pattern OTHER_SHARE = Pattern.compile("(?:민간|민자|지방비|지자체|기업)\\s*(?:부담)?\\s*$");
    private static final Pattern PER_UNIT_BEFORE = Pattern.compile("[가-힣A-Za-z]당\\s*(?:최대|약|평균)?\\s*$");
    private static final Pattern PER_UNIT_AFTER = Pattern.compile("^\\s*(?:\\([^()]*\\))?\\s*(?:/|씩)");
    private static final Pattern FORECAST = Pattern.compile("예상|전망|추산|예측|추정");

    /** A unitless figure in a year series whose next figure is money: ('24) 900 → ('25) 1,200억원. */
    private static final Pattern UNITLESS_IN_SERIES = Pattern.compile(
            "\\(\\s*['‘’`´′＇]?\\d{2}\\s*\\)\\s*(\\d[\\d,.]*)\\s*(?:→|->)\\s*\\(\\s*['‘’`´′＇]?\\d{2}\\s*\\)\\s*"
                    + "\\d[\\d,.]*\\s*(?:조|억|천만|백만|만)?\\s*(?:원|달러|유로|엔|위안)");

    private final MoneyPhraseScanner scanner;
    private final Set<String> generic;
    private final List<String> notBudget;

    MentionParser(MoneyPhraseScanner scanner, Set<String> generic, List<String> notBudget) {
        this.scanner = scanner;
        this.generic = generic;
        this.notBudget = notBudget;
    }

    Outcome parse(Sentence sentence, YearResolver years) {
        String text = sentence.text();
        Parens parens = new Parens(text);
        List<MoneyPhrase> money = scanner.scan(text);
        List<Draft> drafts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Matcher unitless = UNITLESS_IN_SERIES.matcher(text);
        while (unitless.find()) {
            problems.add(new Problem("mention.unit.missing", "a yearly figure in a series is printed without"
                    + " a unit; its unit is not certain", unitless.group(1)));
        }
        YearSpan opening = YearPatterns.sentenceStart(text);
        for (MoneyPhrase m : money) {
            Object placed = place(sentence, text, parens, money, m, opening, drafts, years);
            if (placed instanceof Draft d) {
                drafts.add(d);
            } else {
                problems.add((Problem) placed);
            }
        }
        return new Outcome(drafts, problems);
    }

    private Object place(Sentence sentence, String text, Parens parens, List<MoneyPhrase> money, MoneyPhrase m,
                         YearSpan opening, List<Draft> placed, YearResolver years) {
        if (m.amount() == null) {
            return problem("mention.number.malformed", "the printed number does not compose into an amount", m);
        }
        if (m.start() > 0 && "△-−▽".indexOf(text.charAt(m.start() - 1)) >= 0) {
            return problem("mention.negative", "the amount is printed as a decrease or deficit", m);
        }
        String after = text.substring(m.end());
        int open = parens.enclosing(m.start());
        int itemStart = open < 0 ? 0 : itemContaining(parens, open, m.start())[0];
        if (open < 0) {
            itemStart = clauseStart(text, parens, m.start(), money);
        }
        String prefix = text.substring(itemStart, m.start());
        if (PER_UNIT_AFTER.matcher(after).lookingAt() || PER_UNIT_BEFORE.matcher(prefix).find()) {
            return problem("mention.per_unit", "the amount is a rate per unit (당, /건, /年), not a budget", m);
        }
        if (open >= 0 && previousEndsAt(text, money, open) && !NATIONAL.matcher(prefix).find()
                && !OTHER_SHARE.matcher(prefix).find()) {
            return problem("mention.equivalent", "the amount restates the amount before it in another unit", m);
        }
        if (open >= 0 && parens.items(open).length == 1
                && APPROXIMATELY.matcher(prefix).replaceAll("").isEmpty()
                && text.substring(m.end(), parens.closeOf(open)).isBlank()) {
            return problem("mention.context.unclear",
                    "an amount alone in parentheses: what it belongs to and its year are not printed", m);
        }
        String clauseAfter = COMMA.split(after, 2)[0];
        if (FORECAST.matcher(clauseAfter).find()) {
            return problem("mention.not_budget", "the amount is a forecast or estimate, not a budget", m);
        }

        boolean national = NATIONAL.matcher(prefix).find();
        boolean otherShare = OTHER_SHARE.matcher(prefix).find();
        Draft anchor = null;
        for (Draft d : placed) {
            if (open >= 0 && previousEndsAt(text, List.of(d.money()), open)) {
                anchor = d;
            }
        }
        if (anchor != null && (national || otherShare)) {
            return new Draft(m, anchor.fiscalYear(), anchor.periodStart(), anchor.periodEnd(),
                    anchor.subject(), national ? MentionKind.NATIONAL_SHARE : MentionKind.OTHER);
        }

        YearSpan span = YearPatterns.ownYear(prefix);
        int subjectEnd = m.start();
        if (span == null) {
            span = YearPatterns.tagBefore(prefix);
            if (span != null) {
                subjectEnd = seriesStart(text, itemStart + YearPatterns.tagStart(prefix), itemStart);
            }
        }
        boolean ownYear = span != null;
        if (span == null && open >= 0) {
            span = groupYear(text, parens, open, m);
        }
        YearSpan trailing = null;
        int next = skipSpaces(text, m.end());
        if (next < text.length() && text.charAt(next) == '(') {
            int[][] items = parens.items(next);
            trailing = YearPatterns.itemYear(text.substring(items[0][0], items[0][1]));
        }
        if (span != null && !ownYear && trailing != null
                && !(span.first().equals(trailing.first()) && span.last().equals(trailing.last()))) {
            return problem("mention.year.ambiguous", "two different years or periods are printed with the"
                    + " amount", m);
        }
        if (span == null) {
            span = trailing;
        }
        if (span == null) {
            // a year opening the subject's clause: ’24년 반도체+배터리 산업(2개 산업, 100억원)
            int clause = SubjectText.start(text, parens, open >= 0 ? open : m.start(), money);
            String lead = text.substring(clause, m.start());
            int indent = lead.length() - lead.stripLeading().length();
            YearSpan leading = lead.stripLeading().startsWith("(") ? null
                    : YearPatterns.sentenceStart(lead.stripLeading());
            if (leading != null && clause > 0
                    && !YearPatterns.containsYear(text.substring(clause + indent + leading.end(), m.start()))) {
                span = leading;
            }
        }
        if (span == null && opening != null && opening.end() <= m.start()
                && !YearPatterns.containsYear(text.substring(opening.end(), m.start()))) {
            span = opening;
        }
        if (span == null) {
            return problem("mention.year.missing", "no year or period is printed with the amount", m);
        }
        int first = years.resolve(span.first());
        int last = years.resolve(span.last());
        if (years.suspicious(first) || years.suspicious(last) || last < first) {
            return problem("mention.year.suspicious", "the year " + first + (last != first ? "~" + last : "")
                    + " is far from the plan year " + years.referenceYear() + " or runs backwards", m);
        }
        if (open >= 0 && !ownYear) {
            subjectEnd = open;
        } else if (open >= 0 && parens.enclosing(subjectEnd) == open && subjectEnd > open) {
            subjectEnd = open;
        }
        String subject = SubjectText.before(text, parens, subjectEnd, money);
        if (subject.isEmpty() && sentence.footnote() && sentence.parent() != null) {
            subject = SubjectText.clean(sentence.parent());
        }
        Problem problem = subjectProblem(subject, m);
        if (problem != null) {
            return problem;
        }
        MentionKind kind = national ? MentionKind.NATIONAL_SHARE
                : otherShare ? MentionKind.OTHER
                : span.period() && !ownYear ? MentionKind.MULTI_YEAR_TOTAL : MentionKind.ANNUAL;
        Integer fiscal = span.period() && !ownYear ? null : first;
        return new Draft(m, fiscal, first, last, subject, kind);
    }

    /** Null when the subject names a program; a subject that names a statistic says which word shows it. */
    private Problem subjectProblem(String subject, MoneyPhrase m) {
        long letters = subject.codePoints().filter(Character::isLetter).count();
        if (letters < 2 || generic.contains(subject) || FORECAST.matcher(subject).find()) {
            return problem("mention.subject.unclear", "the text before the amount names no program it belongs"
                    + " to: '" + subject + "'", m);
        }
        for (String word : notBudget) {
            if (subject.contains(word)) {
                return problem("mention.not_budget", "the amount is a statistic of '" + word + "' (trade, investment"
                        + " flows, market size, sales …), not a budget: '" + subject + "'", m);
            }
        }
        return null;
    }

    /**
     * The year or period a parenthesis states for its amounts: its first item ({@code (‘24~’28, 208억)}) or,
     * failing that, another item that is a year and nothing else ({@code (42.6억원, '20)}).
     */
    private static YearSpan groupYear(String text, Parens parens, int open, MoneyPhrase m) {
        int[][] items = parens.items(open);
        if (items[0][0] < m.start() && !(items[0][0] <= m.start() && m.start() < items[0][1])) {
            YearSpan first = YearPatterns.itemYear(text.substring(items[0][0], items[0][1]));
            if (first != null) {
                return first;
            }
        }
        YearSpan only = null;
        for (int i = 1; i < items.length; i++) {
            if (items[i][0] <= m.start() && m.start() < items[i][1]) {
                continue;
            }
            String item = text.substring(items[i][0], items[i][1]);
            YearSpan year = YearPatterns.itemYear(item);
            if (year != null && year.end() >= item.stripTrailing().length()) {
                if (only != null) {
                    return null;
                }
                only = year;
            }
        }
        return only;
    }

    /** Start of a series of year-tagged amounts ({@code : ('24) 8,295억원 → ('25) 8,272억원}) ending at tag. */
    private static int seriesStart(String text, int tag, int floor) {
        int start = tag;
        while (true) {
            String before = text.substring(floor, start).stripTrailing();
            if (!(before.endsWith("→") || before.endsWith("->"))) {
                return start;
            }
            int arrow = floor + before.lastIndexOf(before.endsWith("→") ? "→" : "->");
            int previousTag = text.lastIndexOf('(', arrow);
            int previousClose = previousTag < 0 ? -1 : text.indexOf(')', previousTag);
            if (previousTag < floor || previousClose < 0 || previousClose > arrow
                    || YearPatterns.tagBefore(text.substring(previousTag, previousClose + 1)) == null) {
                return start;
            }
            start = previousTag;
        }
    }

    private static int[] itemContaining(Parens parens, int open, int p) {
        for (int[] item : parens.items(open)) {
            if (item[0] <= p && p <= item[1]) {
                return item;
            }
        }
        return new int[] {open + 1, parens.closeOf(open)};
    }

    private static int clauseStart(String text, Parens parens, int p, List<MoneyPhrase> money) {
        for (int i = p - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if ((c == ',' || c == '，') && parens.enclosing(i) == -1) {
                String before = text.substring(0, i).stripTrailing();
                boolean closesItem = before.endsWith(")")
                        || money.stream().anyMatch(mp -> mp.end() == before.length());
                if (closesItem) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    private static boolean previousEndsAt(String text, List<MoneyPhrase> money, int open) {
        String before = text.substring(0, open).stripTrailing();
        return money.stream().anyMatch(mp -> mp.end() == before.length());
    }

    private static int skipSpaces(String text, int pos) {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
        return pos;
    }

    private static Problem problem(String rule, String message, MoneyPhrase m) {
        return new Problem(rule, message, m.asWritten());
    }
}
