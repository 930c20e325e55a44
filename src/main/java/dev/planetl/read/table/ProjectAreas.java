package dev.planetl.read.table;

import dev.planetl.extract.Table;
import dev.planetl.read.Severity;
import dev.planetl.read.Vocabularies;
import dev.planetl.read.context.TableContext;
import dev.planetl.read.vocab.AreaMatch;
import dev.planetl.read.vocab.PolicyArea;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The performance target a project row names in its own 성과목표 column, merged down like the seeds' goal cells. */
final class ProjectAreas {

    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2}(?:-\\d{1,2})?)\\.?\\s+(\\S.*)$");

    private final Vocabularies vocabularies;

    ProjectAreas(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    /**
     * The target of a row: the name printed in (or spanning over) its cell, else the target of the row above.
     * A printed name that matches no known target gives null and a finding; the row's line is kept without area.
     */
    AreaMatch targetOfRow(Table table, int r, int column, AreaMatch above, TableContext ctx, Collector out) {
        String printed = Cells.covering(table, r, column);
        if (printed.isEmpty()) {
            return above;
        }
        if (above != null && printed.equals(above.asWritten())) {
            return above;
        }
        List<PolicyArea> found = vocabularies.areas().matches(printed, PolicyArea.Level.TARGET).stream()
                .filter(a -> ctx.series() == null || a.series().equals(ctx.series())).toList();
        if (found.size() == 1) {
            return new AreaMatch(found.get(0), printed);
        }
        out.finding(Severity.WARNING, "policy_area.unresolved", Cells.where(table, r) + ": target '" + printed
                + "' names no single known performance target; its lines are kept without area", printed,
                Cells.cellRef(table, r, column));
        return null;
    }

    /**
     * A row inside the table that is a numbering heading ({@code 1-1 선도적 산업데이터 플랫폼 프로젝트 추진} with no amount
     * and no ministry), checked against the catalogue: the area it names, or empty when the row is not one.
     */
    Optional<AreaMatch> headingRow(String text, TableContext ctx) {
        Matcher m = NUMBERED.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String code = m.group(1);
        PolicyArea.Level level = code.contains("-") ? PolicyArea.Level.TARGET : PolicyArea.Level.GOAL;
        List<PolicyArea> found = vocabularies.areas().matches(m.group(2), level).stream()
                .filter(a -> a.code().equals(code) && (ctx.series() == null || a.series().equals(ctx.series())))
                .toList();
        return found.size() == 1 ? Optional.of(new AreaMatch(found.get(0), m.group(2))) : Optional.empty();
    }
}
