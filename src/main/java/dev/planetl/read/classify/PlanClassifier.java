package dev.planetl.read.classify;

import dev.planetl.extract.Document;
import dev.planetl.extract.Numbering;
import dev.planetl.extract.Provenance;
import dev.planetl.read.Finding;
import dev.planetl.read.PlanInfo;
import dev.planetl.read.SourceRef;
import dev.planetl.read.prose.TextLine;
import dev.planetl.read.prose.TextLines;
import dev.planetl.read.prose.VocabularyFile;
import dev.planetl.read.prose.YearResolver;
import dev.planetl.read.vocab.Tsv;
import dev.planetl.read.vocab.VocabularySource;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Tells what kind of document a file is from its title page: title, plan year, plan series, issuing body and
 * publication date. The title page is what stands before the table of contents (목 차), or the first
 * {@value #TITLE_PAGE_LINES} lines when there is none.
 *
 * <p>The plan year comes from the title for annual plans ({@code '20년도 실행계획} → 2020, {@code 2025년도
 * 시행계획(안)} → 2025) and from the publication date for strategies and reports. A year that cannot be
 * determined is null, with a {@code plan.year.unknown} finding so the integrator can supply it by hand.
 * Stateless after construction and thread-safe.
 */
public final class PlanClassifier {

    private static final Pattern PLAN_WORD = Pattern.compile(".*계획.*");
    private static final Pattern YEAR_LINE = Pattern.compile("^(?:(?:19|20)\\d{2}|['’‘`´′＇]\\d{2})\\s*년.*");
    static final int TITLE_PAGE_LINES = 40;
    private static final int CONTENTS_SEARCH_LINES = 150;
    private static final Pattern CONTENTS = Pattern.compile("^목\\s*차$");
    private static final Pattern DATE = Pattern.compile("^((?:19|20)\\d{2})\\.\\s*(\\d{1,2})\\.?(?:\\s*(\\d{1,2})\\.?)?$");
    private static final Pattern TITLE_YEAR = Pattern.compile(
            "(?<![\\d~∼～'’‘`´′＇])(?:((?:19|20)\\d{2})|['’‘`´′＇](\\d{2}))\\s*년(?:도)?(?![~∼～])");
    /** A heading numbering before a title-page line (Ⅱ, II., 1.), with the roman labels of {@code numbering.tsv}. */
    private static final Pattern NUMBERING = Pattern.compile("^(?:"
            + Numbering.standard().regex(Numbering.Scheme.ROMAN, l -> !l.matches("[IVX]+")) + "|"
            + Numbering.standard().regex(Numbering.Scheme.ROMAN, l -> l.matches("[IVX]+")) + "\\.|\\d+\\.?)\\s+");
    private static final Pattern LIST_ITEM = Pattern.compile(
            "(?:\\(?\\d{1,2}\\)|[가-하]\\.|\\(?[가-하]\\)|[①-⑳]|[-•·ㅇ○◦□■▪▶▷※*])");

    private record Series(String name, boolean yearFromTitle, Pattern pattern) {
    }

    private record Issuer(String name, Pattern pattern) {
    }

    /** What the classifier found, with the findings it has about it. */
    public record Classification(PlanInfo plan, List<Finding> findings) {
        public Classification {
            findings = List.copyOf(findings);
        }
    }

    private final List<Series> series;
    private final List<Issuer> issuers;

    /** Reads the packaged {@code plan-series.tsv} and {@code plan-issuers.tsv}. */
    public PlanClassifier() {
        this(VocabularySource.packaged());
    }

    /** Reads {@code plan-series.tsv} and {@code plan-issuers.tsv} from the source. */
    public PlanClassifier(VocabularySource source) {
        this.series = VocabularyFile.rows(source, "plan-series.tsv", 3).stream()
                .map(r -> new Series(r.get(0), r.get(1).equals("title"), regex(r, r.get(2))))
                .toList();
        this.issuers = VocabularyFile.rows(source, "plan-issuers.tsv", 2).stream()
                .map(r -> new Issuer(r.get(0), regex(r, r.get(1))))
                .toList();
    }

    private static Pattern regex(Tsv.Row row, String text) {
        try {
            return Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            throw row.error("not a regular expression: " + e.getDescription() + " in '" + text + "'", e);
        }
    }

    /** @return what the document is, never null; unknown parts are null */
    public Classification classify(Document document) {
        List<TextLine> page = titlePage(TextLines.of(document));
        List<Finding> findings = new ArrayList<>();
        int dateIndex = -1;
        String date = null;
        for (int i = 0; i < page.size() && date == null; i++) {
            if (DATE.matcher(page.get(i).text()).matches()) {
                date = page.get(i).text();
                dateIndex = i;
            }
        }
        Integer dateYear = date == null ? null : Integer.valueOf(date.substring(0, 4));

        Series found = null;
        String title = null;
        int titleDistance = Integer.MAX_VALUE;
        for (Series s : series) {
            for (int i = 0; i < page.size(); i++) {
                String candidate = matchTitle(s, page, i);
                if (candidate == null) {
                    continue;
                }
                int distance = dateIndex < 0 ? i : (dateIndex >= i ? dateIndex - i : 1000 + i);
                if (title == null || distance < titleDistance) {
                    title = candidate;
                    titleDistance = distance;
                }
            }
            if (title != null) {
                found = s;
                break;
            }
        }

        Integer year = null;
        if (found != null && found.yearFromTitle()) {
            year = yearInTitle(title, dateYear);
        } else if (found != null) {
            year = dateYear;
        }
        if (year == null) {
            Provenance where = page.isEmpty() ? Provenance.ofPage(null) : page.get(0).provenance();
            String raw = title != null ? title : page.isEmpty() ? "" : page.get(0).text();
            findings.add(Finding.warning("plan.year.unknown",
                    "the plan year cannot be read from the title page"
                            + (found == null ? " (no known plan series in the title)" : " of this " + found.name())
                            + "; supply it in the manifest", new SourceRef(where, raw)));
        }
        return new Classification(new PlanInfo(title, year, found == null ? null : found.name(), issuer(page), date),
                findings);
    }

    private static List<TextLine> titlePage(List<TextLine> lines) {
        int limit = Math.min(lines.size(), CONTENTS_SEARCH_LINES);
        for (int i = 0; i < limit; i++) {
            if (CONTENTS.matcher(lines.get(i).text()).matches()) {
                return lines.subList(0, i);
            }
        }
        return lines.subList(0, Math.min(lines.size(), TITLE_PAGE_LINES));
    }

    private static String matchTitle(Series s, List<TextLine> page, int i) {
        String line = clean(page.get(i).text());
        if (!titleShaped(page.get(i).text())) {
            return null;
        }
        if (s.pattern().matcher(line).find()) {
            return line;
        }
        if (i > 0 && startsWithYearOnly(line) && looksLikeTitleStart(page.get(i - 1).text())) {
            String joined = clean(page.get(i - 1).text()) + " " + line;
            return s.pattern().matcher(joined).find() ? joined : null;
        }
        return null;
    }

    /**
     * Whether a line can be a title: not a list item ({@code 3)}, {@code 가.}, {@code ①}, a bullet) nor a
     * definition ({@code 도메인(Domain): … 서비스 전략}), which a body that ends in 전략 or 계획 is full of.
     */
    private static boolean titleShaped(String line) {
        String t = line.replace("**", "").strip();
        return !LIST_ITEM.matcher(t).lookingAt() && t.indexOf(':') < 0 && t.indexOf('：') < 0;
    }

    /** A second title line such as {@code 2025년도 시행계획(안)} under {@code 제8차 산업기술혁신계획('24∼'28)}. */
    private static boolean startsWithYearOnly(String line) {
        return YEAR_LINE.matcher(line).matches();
    }

    private static boolean looksLikeTitleStart(String previous) {
        return PLAN_WORD.matcher(previous).matches() && !DATE.matcher(previous).matches();
    }

    private static String clean(String line) {
        return NUMBERING.matcher(line.replace("**", "").strip()).replaceFirst("").strip();
    }

    private static Integer yearInTitle(String title, Integer dateYear) {
        Matcher m = TITLE_YEAR.matcher(title);
        if (!m.find()) {
            return null;
        }
        if (m.group(1) != null) {
            return Integer.valueOf(m.group(1));
        }
        return new YearResolver(dateYear).resolve(m.group(2));
    }

    private String issuer(List<TextLine> page) {
        for (Issuer issuer : issuers) {
            for (TextLine line : page) {
                Matcher m = issuer.pattern().matcher(line.text().strip());
                if (m.find()) {
                    return issuer.name().equals("*") && m.groupCount() >= 1 ? m.group(1) : issuer.name();
                }
            }
        }
        return null;
    }
}
