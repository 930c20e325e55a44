package dev.planetl.read.grid;

import dev.planetl.extract.Table;
import dev.planetl.read.TableFact;
import dev.planetl.read.Vocabularies;
import dev.planetl.read.context.TableContext;
import dev.planetl.read.number.Unit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No table cell lands a different number than the document prints. Tables are generated with random units,
 * number words, negatives in every printed form, wrapped labels, year columns and 증감/비중 columns; the expected
 * value of each cell is computed by the generator from what it printed (the contract's rules: number words read
 * as written only from the table's magnitude up, nothing above 10^15 won), never by planetl.
 */
class GeneratedTablesPropertiesTest {

    private static final Vocabularies VOCABULARIES = Vocabularies.standard();
    /** Unit as printed, its power of ten, its currency. */
    private static final String[][] UNITS = {{"원", "0", "KRW"}, {"천원", "3", "KRW"}, {"만원", "4", "KRW"},
        {"백만원", "6", "KRW"}, {"억원", "8", "KRW"}, {"십억원", "9", "KRW"}, {"조원", "12", "KRW"},
        {"백만 달러", "6", "USD"}, {"유로", "0", "EUR"}};
    private static final String[] NEGATIVE = {"△%s", "▽%s", "−%s", "-%s", "(%s)", "△ %s"};
    private static final String[] YEARS = {"'%02d", "20%02d년", "20%02d(안)", "'%02d 예산", "20%02d년 예산"};
    /** The year headers that name no measure. */
    private static final java.util.Set<String> BARE_YEARS = java.util.Set.of("'%02d", "20%02d년");
    /** Above these no one cell's amount is plausible: 1,000조원; 10조 of a foreign currency. */
    private static final Map<String, BigDecimal> CEILING = Map.of("KRW", BigDecimal.TEN.pow(15),
            "USD", BigDecimal.TEN.pow(13), "EUR", BigDecimal.TEN.pow(13));

    /** What the generator printed in a cell and what it means, or null when no reading is certain. */
    private record Printed(String text, BigDecimal value) {
    }

    @Property(tries = 300)
    void everyLandedFactIsTheNumberPrinted(@ForAll long seed) {
        Random random = new Random(seed);
        String[] unit = UNITS[random.nextInt(UNITS.length)];
        int exponent = Integer.parseInt(unit[1]);
        int years = 1 + random.nextInt(2);
        int firstYear = 20 + random.nextInt(6);
        int rows = 2 + random.nextInt(6);
        boolean change = years == 2 && random.nextBoolean();
        int columns = 1 + years + (change ? 1 : 0) + 1;
        GridTables t = GridTables.of(rows + 1, columns, 1).cell(0, 0, "사업명");
        // the section states the first year's plan: a later year's column is placed only by words of its own
        // (예산, (안)); a bare '25 or 2025년 of another year is neither plan nor actual until something says so
        boolean[] placed = new boolean[years];
        for (int y = 0; y < years; y++) {
            String format = YEARS[random.nextInt(YEARS.length)];
            placed[y] = y == 0 || !BARE_YEARS.contains(format);
            t.cell(0, 1 + y, String.format(format, firstYear + y));
        }
        if (change) {
            t.cell(0, 1 + years, "증감");
        }
        t.cell(0, columns - 1, "비중(%)");
        Map<String, Printed> printed = new HashMap<>();
        for (int r = 1; r <= rows; r++) {
            t.cell(r, 0, random.nextBoolean() ? "사업 " + r : "소재부품\n기술개발 " + r);
            for (int y = 0; y < years; y++) {
                Printed p = cell(random, exponent, CEILING.get(unit[2]));
                printed.put(r + "/" + (1 + y), placed[y] ? p : new Printed(p.text(), null));
                t.cell(r, 1 + y, p.text());
            }
            if (change) {
                t.cell(r, 1 + years, String.valueOf(random.nextInt(100)));
            }
            t.cell(r, columns - 1, random.nextInt(100) + "." + random.nextInt(10));
        }
        Table table = t.table();
        Unit tableUnit = VOCABULARIES.amounts().units().parseUnit(unit[0]).orElseThrow();
        TableContext context = TableContext.empty().withUnit(tableUnit)
                .with(VOCABULARIES.statements().read("20" + firstYear + "년 계획"));
        TableFactCollector collector = new TableFactCollector(VOCABULARIES);
        collector.read(table, context, false);

        for (TableFact fact : collector.facts()) {
            String at = fact.source().provenance().row() + "/" + fact.source().provenance().column();
            Printed p = printed.get(at);
            assertThat(p).as("a fact from a column that is no amount column: %s", fact).isNotNull();
            assertThat(p.value()).as("'%s' in %s landed though its reading is not certain", p.text(), unit[0])
                    .isNotNull();
            assertThat(fact.amount()).as("'%s' in %s", p.text(), unit[0]).isEqualByComparingTo(p.value());
            assertThat(fact.currency()).isEqualTo(unit[2]);
            assertThat(fact.fiscalYear()).isBetween(2000 + firstYear, 2000 + firstYear + years - 1);
        }
        long certain = printed.values().stream().filter(p -> p.value() != null).count();
        assertThat(collector.facts()).as("every certain amount lands").hasSize((int) certain);
    }

    /** A printed amount: plain, grouped, decimal, negative, or Korean number words. */
    private static Printed cell(Random random, int exponent, BigDecimal ceiling) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            // number words: 3조 2,000억 is read as written from the table's magnitude up, else it is a finding
            long jo = 1 + random.nextInt(9);
            long eok = random.nextInt(10_000);
            String text = jo + "조 " + String.format("%,d", eok) + "억";
            BigDecimal value = BigDecimal.valueOf(jo).scaleByPowerOfTen(12)
                    .add(BigDecimal.valueOf(eok).scaleByPowerOfTen(8));
            return new Printed(text, exponent <= 8 ? value : null);
        }
        if (kind == 1) {
            String word = random.nextBoolean() ? "천" : "백";
            int digit = 1 + random.nextInt(9);
            // 2 천 in a table whose unit is above 천: 2,000 of the unit or 2,000 won? no reading is certain
            int wordExponent = word.equals("천") ? 3 : 2;
            BigDecimal value = exponent <= wordExponent
                    ? BigDecimal.valueOf(digit).scaleByPowerOfTen(wordExponent) : null;
            return new Printed(digit + (random.nextBoolean() ? " " : "") + word, value);
        }
        long n = random.nextInt(10) == 0 ? random.nextLong(1L, 100_000_000_000L) : random.nextInt(100_000);
        int decimals = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
        long fraction = decimals == 0 ? 0 : random.nextInt(decimals == 1 ? 10 : 100);
        String digits = String.format("%,d", n) + (decimals == 0 ? "" : "." + String.format("%0" + decimals + "d",
                fraction));
        BigDecimal value = new BigDecimal(digits.replace(",", "")).scaleByPowerOfTen(exponent);
        boolean negative = random.nextInt(4) == 0;
        String text = negative ? String.format(NEGATIVE[random.nextInt(NEGATIVE.length)], digits) : digits;
        if (random.nextInt(8) == 0) {
            text = " " + text + "\n";
        }
        if (value.abs().compareTo(ceiling) > 0) {
            return new Printed(text, null);
        }
        return new Printed(text, negative ? value.negate() : value);
    }
}
