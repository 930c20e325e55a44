package dev.planetl.read.context;

import dev.planetl.extract.Heading;
import dev.planetl.extract.Paragraph;
import dev.planetl.extract.Table;
import dev.planetl.read.Measure;
import dev.planetl.read.Vocabularies;
import dev.planetl.read.number.Unit;
import dev.planetl.read.vocab.AreaMatch;
import dev.planetl.read.vocab.PolicyArea;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows a document's headings and lines in reading order and says, for each table, which fiscal year, measure,
 * unit and policy area it stands under. One tracker reads one document; it is not thread-safe.
 *
 * <p>Section headings that state a year and a measure ({@code IV. '20년도 재정투자계획}) set the section; an
 * outermost heading that does not clears it. A caption ({@code < … >}) or header overrides the section only when it
 * names a year. Numbering lines ({@code 1}, {@code 1-1 선도적 …}) set the policy goal and target, checked against
 * the policy-area catalogue; a numbering whose name is not printed before the table is resolved from its code.
 */
public final class ContextTracker {

    private static final Pattern UNIT_LINE = Pattern.compile("^[(\\[（]?\\s*단\\s*위\\s*[:：]?.*");
    /** A caption, alone or with the unit printed on its line: {@code < 2025년 세부사업별 예산 > (단위 : 억원)}. */
    private static final Pattern CAPTION = Pattern.compile(
            "^[<〈＜《]\\s*(.*?)\\s*[>〉＞》]\\s*(?:[(\\[（]\\s*단\\s*위[^)\\]）]*[)\\]）])?$");
    private static final Pattern AREA_CODE = Pattern.compile("^(\\d{1,2}(?:-\\d{1,2})?)\\.?(?:\\s+(\\S.*))?$");
    private static final Pattern OUTER_SECTION = Pattern.compile("^(?:[IVX]+|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+)\\s*\\.");
    private static final Pattern INNER_SECTION = Pattern.compile("^\\d{1,2}\\s*[.)]\\s*\\S");
    private static final Pattern BULLET = Pattern.compile("^[-*□■○●◦◎ㅇ▶▷•※➊-➓①-⑳‧·>]");
    private static final int MAX_TITLE_LENGTH = 60;
    private static final Pattern YEAR_TOKEN = Pattern.compile("(?:19|20)\\d{2}\\s*년도?|['’‘`]\\d{2}\\s*년?도?");

    private final Vocabularies vocabularies;
    private Integer sectionYear;
    private Measure sectionMeasure;
    private Unit pendingUnit;
    private Unit captionUnit;
    private String pendingCaption;
    private String pendingCode;
    private String series;
    private AreaMatch goal;
    private AreaMatch target;
    private String lastHeader;
    private Unit lastUnit;

    public ContextTracker(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    /** Takes in a heading. */
    public void accept(Heading heading) {
        String text = (heading.numbering() + " " + heading.text()).strip();
        line(text, heading.level() == 1);
    }

    /** Takes in a paragraph, line by line. */
    public void accept(Paragraph paragraph) {
        for (String text : paragraph.text().split("\n")) {
            line(text.strip(), false);
        }
    }

    /** The context of a table met now; unit and caption lines before it are used up. */
    public TableContext contextFor(Table table) {
        if (pendingCode != null) {
            areaFromCode(pendingCode);
            pendingCode = null;
        }
        String header = table.rowCount() == 0 ? "" : String.join("\t", table.row(0)).strip();
        Unit unit = pendingUnit != null ? pendingUnit : captionUnit;
        if (unit == null) {
            unit = unitRow(table);
        }
        if (unit == null && header.equals(lastHeader)) {
            unit = lastUnit;
        }
        TableContext ctx = new TableContext(sectionYear, sectionMeasure, unit, pendingCaption, series, goal, target);
        if (pendingCaption != null) {
            ctx = ctx.with(vocabularies.statements().read(pendingCaption));
        }
        pendingUnit = null;
        captionUnit = null;
        pendingCaption = null;
        lastHeader = header;
        lastUnit = unit;
        return ctx;
    }

    private void line(String text, boolean outermostHeading) {
        if (text.isEmpty()) {
            return;
        }
        if (pendingCode != null) {
            String code = pendingCode;
            pendingCode = null;
            if (setArea(code, text)) {
                return;
            }
            if (UNIT_LINE.matcher(text).matches()) {
                areaFromCode(code);
            }
        }
        if (UNIT_LINE.matcher(text).matches()) {
            vocabularies.amounts().units().unitIn(text).ifPresent(u -> pendingUnit = u);
            return;
        }
        Matcher caption = CAPTION.matcher(text);
        if (caption.matches()) {
            pendingCaption = caption.group(1);
            captionUnit = vocabularies.amounts().units().unitIn(text).orElse(null);
            return;
        }
        Matcher code = AREA_CODE.matcher(text);
        if (code.matches()) {
            if (code.group(2) == null) {
                pendingCode = code.group(1);
                return;
            }
            if (setArea(code.group(1), code.group(2))) {
                return;
            }
        }
        if (BULLET.matcher(text).find()) {
            return;
        }
        Statement s = vocabularies.statements().read(text);
        boolean outer = outermostHeading || OUTER_SECTION.matcher(text).find();
        if (outer || INNER_SECTION.matcher(text).find()) {
            pendingCaption = null;
            if (s.hasYear() && s.measure() != null) {
                section(s.fiscalYear(), s.measure());
            } else if (outer) {
                section(s.fiscalYear(), null);
            }
            if (outer) {
                goal = null;
                target = null;
            }
            return;
        }
        if (isTitle(text) && s.hasYear() && s.measure() != null) {
            section(s.fiscalYear(), s.measure());
            pendingCaption = text;
        }
    }

    private void section(Integer year, Measure measure) {
        sectionYear = year;
        sectionMeasure = measure;
    }

    /** Sets the goal or target when the printed name is that code's area; false when it is not. */
    private boolean setArea(String code, String name) {
        PolicyArea.Level level = code.contains("-") ? PolicyArea.Level.TARGET : PolicyArea.Level.GOAL;
        List<PolicyArea> found = vocabularies.areas().matches(name, level).stream()
                .filter(a -> a.code().equals(code) && (series == null || a.series().equals(series))).toList();
        if (found.size() != 1) {
            return false;
        }
        place(new AreaMatch(found.get(0), name.strip()));
        return true;
    }

    /**
     * A target numbering with no name printed before its table ({@code 3-1}, then the unit line): resolved from
     * the code, but only for target codes and once a printed name has fixed the series, since a bare number
     * line may as well be a page number.
     */
    private void areaFromCode(String code) {
        if (series == null || !code.contains("-")) {
            return;
        }
        vocabularies.areas().byCode(code, series).ifPresent(a -> place(new AreaMatch(a, null)));
    }

    private void place(AreaMatch match) {
        PolicyArea area = match.area();
        series = area.series();
        if (area.level() == PolicyArea.Level.GOAL) {
            goal = match;
            target = null;
            return;
        }
        target = match;
        if (goal == null || !goal.area().code().equals(area.goalCode())) {
            Optional<PolicyArea> g = vocabularies.areas().byCode(area.goalCode(), series);
            goal = g.map(a -> new AreaMatch(a, null)).orElse(null);
        }
    }

    /** A unit line some converters put inside the table, as a first row with one cell: {@code (단위: 억원)}. */
    private Unit unitRow(Table table) {
        if (table.rowCount() == 0) {
            return null;
        }
        List<String> texts = table.row(0).stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
        if (texts.size() == 1 && UNIT_LINE.matcher(texts.get(0)).matches()) {
            return vocabularies.amounts().units().unitIn(texts.get(0)).orElse(null);
        }
        return null;
    }

    /**
     * An unnumbered line that may title what follows ({@code 2020년도 세부 추진과제별 투자계획(안)}): short, not a
     * sentence, and holding no number but its year, so {@code ('24년 예산) 8,295억원} does not reset the section.
     */
    private static boolean isTitle(String text) {
        if (text.length() > MAX_TITLE_LENGTH || text.endsWith(".") || text.endsWith("다")) {
            return false;
        }
        return YEAR_TOKEN.matcher(text).replaceAll("").chars().noneMatch(Character::isDigit);
    }
}
