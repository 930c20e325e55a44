package dev.planetl.validate;

import dev.planetl.extract.Provenance;
import dev.planetl.read.BudgetLine;
import dev.planetl.read.Finding;
import dev.planetl.read.Measure;
import dev.planetl.read.PlanInfo;
import dev.planetl.read.ReadResult;
import dev.planetl.read.ReportedTotal;
import dev.planetl.read.Severity;
import dev.planetl.read.SourceRef;
import dev.planetl.read.TotalKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seed 000 (제2차 산업융합발전 기본계획 '20년도 실행계획) as a correct reader would emit it: every total its
 * sections II.2 and IV and the two 참고 matrices print, typed here by hand from the document (cells separated by
 * {@code |}, blank cells left empty), and the 171 project lines of its attachment, parsed from the seed text.
 * Table indexes follow the order the tables stand in the document.
 */
final class Seed000 {

    static final Path TEXT = Path.of("sample-docs", "000_c6a735280eeffe22.txt");
    static final String UNIT = "억원";

    static final int T_GOALS_2019 = 0;
    static final int T_MINISTRIES_2019 = 1;
    static final int T_TARGETS_2019 = 2;
    static final int T_MATRIX_2019 = 3;
    static final int T_GOALS_2020 = 4;
    static final int T_MINISTRIES_2020 = 5;
    static final int T_TARGETS_2020 = 6;
    static final int T_MATRIX_2020 = 7;
    static final int T_FIRST_ATTACHMENT = 8;

    /** The printed text of the 2019 matrix's 문화체육관광부 계, which no number reader can read. */
    static final String MALFORMED = "966.11.00";

    static final List<String> GOALS = List.of("융합 신제품·서비스를 위한 新시장 구축", "산업융합의 제도적 뒷받침",
            "산업의 융합경쟁력 강화", "융합을 산업 全분야로 확산");

    static final Map<String, String> MINISTRY_SHORT = Map.ofEntries(
            Map.entry("산업부", "산업통상자원부"), Map.entry("과기정통부", "과학기술정보통신부"),
            Map.entry("중기부", "중소벤처기업부"), Map.entry("국토부", "국토교통부"),
            Map.entry("문체부", "문화체육관광부"), Map.entry("농식품부", "농림축산식품부"),
            Map.entry("해수부", "해양수산부"), Map.entry("고용부", "고용노동부"), Map.entry("복지부", "보건복지부"),
            Map.entry("환경부", "환경부"), Map.entry("행안부", "행정안전부"));

    // < 분야별 재정투자실적(억원) >, II.2 and IV: goals 1..4 then 합계
    static final String GOALS_2019 = "8,616.82|911.28|10,794.79|7,879.35|28,202.24";
    static final String GOALS_2020 = "11,226.44|1,032.89|11,654.01|9,451.98|33,365.32";

    // < 부처별 재정투자실적(억원) >: three pairs of columns
    static final String MINISTRIES_2019 = """
            과학기술정보통신부|8,065.62|농림축산식품부|1,429.67|보건복지부|666.05
            산업통상자원부|8,052.30|고용노동부|1,385.74|행정안전부|379.41
            중소벤처기업부|3,914.55|문화체육관광부|966.11|환경부|254.60
            국토교통부|2,233.39|해양수산부|854.80||
            """;
    static final String MINISTRIES_2020 = """
            산업통상자원부|9,283.40|문화체육관광부|1,722.47|보건복지부|642.41
            과학기술정보통신부|7,939.97|농림축산식품부|1,685.91|환경부|429.09
            중소벤처기업부|5,055.60|고용노동부|1,127.83|행정안전부|397.62
            국토교통부|3,900.51|해양수산부|1,180.51||
            """;

    // < 성과목표별 재정투자실적(계획) 및 과제 수 >: target, amount, share, task count
    static final String TARGETS_2019 = """
            1-1|선도적 산업데이터 플랫폼 프로젝트 추진|4,203.76|14.91|28
            1-2|융합 신서비스 시장 창출|4,228.95|15.00|36
            1-3|공공부문 선도 수요창출|184.11|0.65|7
            2-1|융합 신산업 규제완화|273.31|0.97|8
            2-2|융합 신산업을 위한 제도정비|637.97|2.26|11
            3-1|융합 촉진형 R&D 지원 체계로 전환|2,029.99|7.20|18
            3-2|주력 분야 선정 후 집중투자|4,200.27|14.89|10
            3-3|융합형 인력 양성|4,564.53|16.18|18
            4-1|1, 2차 산업의 혁신기술융합|5,185.50|18.39|24
            4-2|3차 산업의 융합 활성화|2,693.85|9.55|19
            """;
    static final String TARGETS_2020 = """
            1-1|선도적 산업데이터 플랫폼 프로젝트 추진|4,210.78|12.62|28
            1-2|융합 신서비스 시장 창출|6,309.73|18.91|39
            1-3|공공부문 선도 수요창출|705.93|2.12|8
            2-1|융합 신산업 규제완화|314.98|0.94|6
            2-2|융합 신산업을 위한 제도정비|717.91|2.15|10
            3-1|융합 촉진형 R&D 지원 체계로 전환|2,031.86|6.09|16
            3-2|주력 분야 선정 후 집중투자|5,448.27|16.33|10
            3-3|융합형 인력 양성|4,173.88|12.51|12
            4-1|1, 2차 산업의 혁신기술융합|6,641.69|19.91|23
            4-2|3차 산업의 융합 활성화|2,810.29|8.42|19
            """;

    // 참고 matrices: ministry, goals 1..4, 계; the last row is 합계
    static final String MATRIX_2019 = """
            과학기술정보통신부|4,208.06|164.50|2,602.16|1,090.90|8,065.62
            산업통상자원부|2,048.89|697.53|4,996.62|309.26|8,052.3
            중소벤처기업부|50.13|49.25|344.43|3,470.74|3,914.55
            국토교통부|493.41||990.28|749.70|2,233.39
            농림축산식품부||||1,429.67|1,429.67
            고용노동부|58.15||1,327.59||1,385.74
            문화체육관광부|812.71||153.40||966.11.00
            해양수산부|60.56|||794.24|854.8
            보건복지부|486.74||179.31||666.05
            행정안전부|344.57|||34.84|379.41
            환경부|53.60||201.00||254.6
            합계|8,616.82|911.28|10,794.79|7,879.35|28,202.24
            """;
    static final String MATRIX_2020 = """
            산업통상자원부|2,664.28|896.16|5,347.32|375.64|9,283.40
            과학기술정보통신부|4,741.54|103.22|2,185.72|909.49|7,939.97
            중소벤처기업부|64.96|33.51|368.29|4,588.84|5,055.6
            국토교통부|849.13||2,315.75|735.63|3,900.51
            문화체육관광부|1,531.67||190.80||1,722.47
            농림축산식품부||||1,685.91|1,685.91
            해양수산부|48.78|||1,131.73|1,180.51
            고용노동부|91.77||1,036.06||1,127.83
            보건복지부|456.06||186.35||642.41
            환경부|405.37||23.72||429.09
            행정안전부|372.88|||24.74|397.62
            합계|11,226.44|1,032.89|11,654.01|9,451.98|33,365.32
            """;

    private Seed000() {
    }

    /** Everything a correct reader takes from seed 000, with the one number it cannot read. */
    static ReadResult read() {
        List<ReportedTotal> totals = new ArrayList<>();
        totals.addAll(goals(T_GOALS_2019, 2019, Measure.ACTUAL, GOALS_2019));
        totals.addAll(ministries(T_MINISTRIES_2019, 2019, Measure.ACTUAL, MINISTRIES_2019));
        totals.addAll(targets(T_TARGETS_2019, 2019, Measure.ACTUAL, TARGETS_2019));
        totals.addAll(matrix(T_MATRIX_2019, 2019, Measure.ACTUAL, MATRIX_2019));
        totals.addAll(goals(T_GOALS_2020, 2020, Measure.PLAN, GOALS_2020));
        totals.addAll(ministries(T_MINISTRIES_2020, 2020, Measure.PLAN, MINISTRIES_2020));
        totals.addAll(targets(T_TARGETS_2020, 2020, Measure.PLAN, TARGETS_2020));
        totals.addAll(matrix(T_MATRIX_2020, 2020, Measure.PLAN, MATRIX_2020));
        List<Finding> findings = new ArrayList<>();
        for (ReportedTotal total : totals) {
            if (total.amountKrw() == null) {
                findings.add(new Finding(Severity.ERROR, "number.malformed", "'" + total.amountAsWritten()
                        + "' is not a number", total.amountAsWritten(), total.source()));
            }
        }
        return new ReadResult(new PlanInfo("제2차 산업융합발전 기본계획 '20년도 실행계획", 2020, "산업융합발전 실행계획",
                "관계부처 합동", "2020. 7."), attachmentLines(), totals, List.of(), List.of(), findings);
    }

    static List<ReportedTotal> goals(int table, int year, Measure measure, String row) {
        String[] cells = row.split("\\|");
        List<ReportedTotal> totals = new ArrayList<>();
        for (int g = 0; g < 4; g++) {
            totals.add(total(TotalKind.GOAL, year, measure, null, String.valueOf(g + 1), GOALS.get(g), null, null,
                    cells[g], cell(table, 1, g)));
        }
        totals.add(total(TotalKind.GRAND, year, measure, null, null, null, null, null, cells[4], cell(table, 1, 4)));
        return totals;
    }

    static List<ReportedTotal> ministries(int table, int year, Measure measure, String block) {
        List<ReportedTotal> totals = new ArrayList<>();
        List<String> rows = block.lines().toList();
        for (int pair = 0; pair < 3; pair++) {
            for (int r = 0; r < rows.size(); r++) {
                String[] cells = rows.get(r).split("\\|", -1);
                String name = cells[pair * 2];
                if (name.isEmpty()) continue;
                totals.add(total(TotalKind.MINISTRY, year, measure, name, null, null, null, null,
                        cells[pair * 2 + 1], cell(table, r + 1, pair * 2 + 1)));
            }
        }
        return totals;
    }

    static List<ReportedTotal> targets(int table, int year, Measure measure, String block) {
        List<ReportedTotal> totals = new ArrayList<>();
        List<String> rows = block.lines().toList();
        for (int r = 0; r < rows.size(); r++) {
            String[] cells = rows.get(r).split("\\|");
            totals.add(total(TotalKind.TARGET, year, measure, null, cells[0], cells[1], new BigDecimal(cells[3]),
                    Integer.valueOf(cells[4]), cells[2], cell(table, r + 1, 2)));
        }
        return totals;
    }

    static List<ReportedTotal> matrix(int table, int year, Measure measure, String block) {
        List<ReportedTotal> totals = new ArrayList<>();
        List<String> rows = block.lines().toList();
        for (int r = 0; r < rows.size(); r++) {
            String[] cells = rows.get(r).split("\\|", -1);
            boolean totalRow = cells[0].equals("합계");
            String ministry = totalRow ? null : cells[0];
            for (int g = 0; g < 4; g++) {
                if (cells[g + 1].isEmpty()) continue;
                totals.add(total(totalRow ? TotalKind.GOAL : TotalKind.MINISTRY_GOAL, year, measure, ministry,
                        String.valueOf(g + 1), GOALS.get(g), null, null, cells[g + 1], cell(table, r + 2, g + 2)));
            }
            totals.add(total(totalRow ? TotalKind.GRAND : TotalKind.MINISTRY, year, measure, ministry, null, null,
                    null, null, cells[5], cell(table, r + 2, 6)));
        }
        return totals;
    }

    static ReportedTotal total(TotalKind kind, int year, Measure measure, String ministry, String code, String area,
                               BigDecimal share, Integer tasks, String printed, Provenance where) {
        return new ReportedTotal(kind, year, measure, ministry, ministry, code, area, area, tasks, share,
                eok(printed), printed, UNIT, new SourceRef(where, printed));
    }

    /** A number as printed in 억원, in won; null when it is not a number (966.11.00). */
    static BigDecimal eok(String printed) {
        String plain = printed.replace(",", "");
        if (!plain.matches("\\d+(\\.\\d+)?")) return null;
        return new BigDecimal(plain).movePointRight(8);
    }

    static Provenance cell(int table, int row, int column) {
        return new Provenance(null, table, row, column, null, null);
    }

    private static final Pattern TARGET_HEADING = Pattern.compile("^(\\d-\\d)(\\s|$)");
    private static final Pattern UNIT_LINE = Pattern.compile("^\\(단위\\s*:\\s*([^)]+)\\)$");

    /**
     * The attachment's project lines ('20년도 예산, 백만원): each tab-separated row of four cells under the last
     * target heading (1-1 … 4-2) and the last unit line. A repeated header starts a new table (page break).
     */
    static List<BudgetLine> attachmentLines() {
        List<String> text;
        try {
            text = Files.readAllLines(TEXT, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("seed 000 not found at " + TEXT.toAbsolutePath(), e);
        }
        int start = text.indexOf("2020년도 세부 추진과제별 투자계획(안)");
        if (start < 0) throw new IllegalStateException("attachment title not found in " + TEXT);
        List<BudgetLine> lines = new ArrayList<>();
        String target = null;
        String unit = null;
        int table = T_FIRST_ATTACHMENT - 1;
        int row = 0;
        for (int i = start; i < text.size(); i++) {
            String line = Normalizer.normalize(text.get(i), Normalizer.Form.NFC);
            Matcher heading = TARGET_HEADING.matcher(line.strip());
            Matcher unitLine = UNIT_LINE.matcher(line.strip());
            String[] cells = line.split("\t", -1);
            if (heading.find()) {
                target = heading.group(1);
            } else if (unitLine.matches()) {
                unit = unitLine.group(1).strip();
            } else if (cells.length == 4 && cells[0].equals("추진 내용")) {
                table++;
                row = 0;
            } else if (cells.length == 4) {
                row++;
                String ministry = MINISTRY_SHORT.get(cells[3].strip());
                String printed = cells[1].strip();
                lines.add(new BudgetLine(2020, Measure.PLAN, ministry, cells[3].strip(), target, null,
                        cells[0].strip(), cells[2].strip().equals("신규"), baekman(printed), printed, unit,
                        new SourceRef(new Provenance(null, table, row, null, i + 1, null), line)));
            }
        }
        return lines;
    }

    static BigDecimal baekman(String printed) {
        return new BigDecimal(printed.replace(",", "")).movePointRight(6);
    }

    // ---- edits for the tests that break one figure ----

    /** The read with one total printed differently; the reader's number.malformed finding follows the edit. */
    static ReadResult withTotal(ReadResult read, Predicate<ReportedTotal> which, UnaryOperator<ReportedTotal> edit) {
        List<ReportedTotal> totals = new ArrayList<>();
        List<Finding> findings = new ArrayList<>(read.findings());
        int edited = 0;
        for (ReportedTotal t : read.totals()) {
            if (which.test(t)) {
                ReportedTotal e = edit.apply(t);
                totals.add(e);
                edited++;
                findings.removeIf(f -> f.source() != null && f.source().provenance().equals(t.source().provenance()));
                if (e.amountKrw() == null) {
                    findings.add(new Finding(Severity.ERROR, "number.malformed", "'" + e.amountAsWritten()
                            + "' is not a number", e.amountAsWritten(), e.source()));
                }
            } else {
                totals.add(t);
            }
        }
        if (edited != 1) throw new IllegalStateException("expected to edit one total, edited " + edited);
        return new ReadResult(read.plan(), read.lines(), totals, read.mentions(), read.tasks(), findings);
    }

    static ReadResult withLine(ReadResult read, Predicate<BudgetLine> which, UnaryOperator<BudgetLine> edit) {
        List<BudgetLine> lines = new ArrayList<>();
        int edited = 0;
        for (BudgetLine l : read.lines()) {
            if (which.test(l)) {
                lines.add(edit.apply(l));
                edited++;
            } else {
                lines.add(l);
            }
        }
        if (edited != 1) throw new IllegalStateException("expected to edit one line, edited " + edited);
        return new ReadResult(read.plan(), lines, read.totals(), read.mentions(), read.tasks(), read.findings());
    }

    static Predicate<ReportedTotal> at(int table, int row, int column) {
        return t -> t.source().provenance().equals(cell(table, row, column));
    }

    /** The same total printed differently: amount, text and raw cell. */
    static ReportedTotal printedAs(ReportedTotal t, String printed) {
        return new ReportedTotal(t.kind(), t.fiscalYear(), t.measure(), t.ministry(), t.ministryAsWritten(),
                t.policyAreaCode(), t.policyArea(), t.policyAreaAsWritten(), t.taskCount(), t.sharePct(),
                eok(printed), printed, t.unitAsWritten(), new SourceRef(t.source().provenance(), printed));
    }
}
