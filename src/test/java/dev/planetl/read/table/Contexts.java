package dev.planetl.read.table;

import dev.planetl.read.Measure;
import dev.planetl.read.Vocabularies;
import dev.planetl.read.context.TableContext;
import dev.planetl.read.number.Unit;
import dev.planetl.read.vocab.AreaMatch;
import dev.planetl.read.vocab.PolicyArea;

/** Table contexts for reader tests. */
final class Contexts {

    static final Vocabularies VOCABULARIES = Vocabularies.standard();
    static final String SERIES = "산업융합발전 기본계획(제2차)";

    private Contexts() {
    }

    static Unit unit(String word) {
        return VOCABULARIES.amounts().units().parseUnit(word).orElseThrow();
    }

    static TableContext of(Integer year, Measure measure, String unit) {
        return new TableContext(year, measure, unit == null ? null : unit(unit), null, null, null, null);
    }

    static TableContext underTarget(int year, Measure measure, String unit, String code) {
        PolicyArea target = VOCABULARIES.areas().byCode(code, SERIES).orElseThrow();
        PolicyArea goal = VOCABULARIES.areas().byCode(target.goalCode(), SERIES).orElseThrow();
        return new TableContext(year, measure, unit(unit), null, SERIES, new AreaMatch(goal, null),
                new AreaMatch(target, target.canonicalName()));
    }
}
