package dev.planetl.read.context;

import dev.planetl.read.Measure;
import dev.planetl.read.number.Unit;
import dev.planetl.read.vocab.AreaMatch;

/**
 * What the text before a table says about it.
 *
 * @param fiscalYear the year its figures belong to, or null when nothing before it states one
 * @param measure plan or actual, or null when not stated
 * @param unit the unit from the unit line or caption before it, or null
 * @param caption the caption line before it, or null
 * @param series the plan series whose policy areas the numbering headings matched, or null
 * @param goal the policy goal heading the table stands under, or null
 * @param target the performance target heading the table stands under, or null
 * @param issuer the issuing body the title page names (e.g. 과학기술정보통신부, 관계부처 합동), as printed, or null
 */
public record TableContext(Integer fiscalYear, Measure measure, Unit unit, String caption, String series,
                           AreaMatch goal, AreaMatch target, String issuer) {

    /** A context of a document whose issuer is not known. */
    public TableContext(Integer fiscalYear, Measure measure, Unit unit, String caption, String series,
                        AreaMatch goal, AreaMatch target) {
        this(fiscalYear, measure, unit, caption, series, goal, target, null);
    }

    public static TableContext empty() {
        return new TableContext(null, null, null, null, null, null, null);
    }

    /**
     * This context after a caption or header that states something: a statement naming a year overrides the
     * year, and the measure when it names one (a different year without measure leaves the measure unknown);
     * a statement naming no year overrides nothing, so a caption saying 실적 under a plan section stays plan.
     */
    public TableContext with(Statement s) {
        if (!s.hasYear()) {
            return this;
        }
        Measure m = s.measure() != null ? s.measure() : s.fiscalYear().equals(fiscalYear) ? measure : null;
        return new TableContext(s.fiscalYear(), m, unit, caption, series, goal, target, issuer);
    }

    public TableContext withUnit(Unit u) {
        return new TableContext(fiscalYear, measure, u, caption, series, goal, target, issuer);
    }

    /** This context with a fiscal year and measure of its own (a column's), or with none. */
    public TableContext withPeriod(Integer year, Measure m) {
        return new TableContext(year, m, unit, caption, series, goal, target, issuer);
    }

    /** The area code lines under this context belong to: the target's, else the goal's, else null. */
    public String areaCode() {
        return target != null ? target.area().code() : goal != null ? goal.area().code() : null;
    }

    /** The canonical name of that area, or null. */
    public String areaName() {
        return target != null ? target.area().canonicalName() : goal != null ? goal.area().canonicalName() : null;
    }
}
