package dev.planetl.testing;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * The warehouse agrees with itself: every budget line and total is a fact of {@code warehouse.v_table_fact} at the
 * place it was read (the same document, the line's row, one of the total's cells), with the same amount, fiscal year
 * and measure. A total the document's own arithmetic repaired (printed malformed) has no fact and is left out.
 */
public final class WarehouseAgreement {

    private WarehouseAgreement() {
    }

    /** @return one line per line or total no fact backs; empty when the warehouse agrees with itself */
    public static List<String> unbacked(JdbcTemplate jdbc) {
        List<String> out = new ArrayList<>(jdbc.queryForList("""
                select 'line ' || l.document || ' ' || l.source_ref || ' ' || l.amount_krw || ' ' || l.fiscal_year
                       || ' ' || l.measure
                from warehouse.v_budget_line l
                where not exists (select 1 from warehouse.v_table_fact f
                                  where f.document = l.document
                                    and regexp_replace(f.source_ref, '/c\\d+$', '')
                                        = regexp_replace(l.source_ref, '/c\\d+$', '')
                                    and f.amount_krw = l.amount_krw and f.fiscal_year = l.fiscal_year
                                    and f.measure = l.measure)
                order by 1""", String.class));
        out.addAll(jdbc.queryForList("""
                select 'total ' || t.document || ' ' || array_to_string(t.source_refs, ',') || ' ' || t.amount_krw
                       || ' ' || t.fiscal_year || ' ' || t.measure
                from warehouse.v_budget_total t
                where t.amount_krw is not null
                  and not exists (select 1 from warehouse.v_table_fact f
                                  where f.document = t.document and f.source_ref = any (t.source_refs)
                                    and f.amount_krw = t.amount_krw and f.fiscal_year = t.fiscal_year
                                    and f.measure = t.measure)
                  and not exists (select 1 from quality.v_finding q
                                  where q.document = t.document and q.severity = 'repair'
                                    and q.source_ref = any (t.source_refs))
                order by 1""", String.class));
        return out;
    }
}
