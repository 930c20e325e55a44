package dev.planetl.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link RunReport} as one self-contained HTML page: no script, no external file, the chart drawn in SVG,
 * so it opens anywhere (a mail attachment, a shared folder) and prints as it looks.
 */
public final class RunReportHtml {

    private static final BigDecimal EOK = new BigDecimal("100000000");

    private RunReportHtml() {
    }

    public static String render(RunReport r) {
        StringBuilder h = new StringBuilder(32_768);
        Object id = r.run().get("id");
        h.append("<!DOCTYPE html>\n<html lang=\"ko\"><head><meta charset=\"utf-8\">")
                .append("<title>planetl run ").append(id).append("</title><style>")
                .append("body{font-family:'NanumGothic','Noto Sans KR',sans-serif;margin:2em;color:#222}")
                .append("table{border-collapse:collapse;margin:.5em 0 2em}td,th{border:1px solid #bbb;padding:3px 6px;")
                .append("vertical-align:top;font-size:13px}th{background:#eee}.num{text-align:right;white-space:nowrap}")
                .append(".error{background:#fdd}.repair{background:#ffd}.warning{background:#eef}.fail{background:#fdd}")
                .append(".failed{background:#fdd}.held_back{background:#ffd}.skipped{color:#666}tr.group th{text-align:left;")
                .append("background:#f4f4f4}summary{cursor:pointer;margin:.5em 0}pre{margin:0;white-space:pre-wrap}")
                .append("</style></head><body>\n");
        h.append("<h1>planetl run ").append(id).append("</h1>\n<p id=\"summary\">")
                .append(esc(str(r.run().get("summary")))).append("</p>\n<p>")
                .append(esc(str(r.run().get("command")))).append(' ').append(esc(str(r.run().get("root"))))
                .append(" — started ").append(esc(str(r.run().get("started")))).append(", ended ")
                .append(esc(str(r.run().get("ended")))).append(", status <b>").append(esc(str(r.run().get("status"))))
                .append("</b></p>\n");
        // what a steward acts on comes first: findings, then failed checks; what passed is folded away
        findings(h, r.findings());
        checks(h, r.checks());
        documents(h, r.documents(), r.skipped());
        chart(h, r.amounts());
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void documents(StringBuilder h, List<RunReport.DocumentRow> docs,
                                  List<RunReport.FileRow> skipped) {
        h.append("<h2>Files: ").append(docs.size()).append(" documents, ").append(skipped.size())
                .append(" not read</h2>\n<table id=\"documents\"><tr><th>document</th><th>outcome</th><th>plan year</th>")
                .append("<th>tables found</th><th>tables read</th><th>lines</th><th>totals</th><th>mentions</th>")
                .append("<th>findings</th><th>reason</th></tr>\n");
        for (var d : docs) {
            String outcome = d.action().equals("skip") ? "unchanged" : d.state();
            h.append("<tr class=\"").append(esc(d.state())).append("\"><td>").append(esc(d.path())).append("</td><td>")
                    .append(esc(outcome)).append("</td><td class=\"num\">").append(str(d.planYear()))
                    .append("</td><td class=\"num\">").append(str(d.tablesFound())).append("</td><td class=\"num\">")
                    .append(str(d.tablesRead())).append("</td><td class=\"num\">").append(str(d.lines()))
                    .append("</td><td class=\"num\">").append(str(d.totals())).append("</td><td class=\"num\">")
                    .append(str(d.mentions())).append("</td><td class=\"num\">").append(str(d.findings()))
                    .append("</td><td>").append(esc(str(d.reason()))).append("</td></tr>\n");
        }
        for (var f : skipped) {
            h.append("<tr class=\"skipped\"><td>").append(esc(f.path())).append("</td><td>")
                    .append(esc(skippedOutcome(f))).append("</td><td colspan=\"8\">").append(esc(f.detail()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    /** How a file the run did not read is named to a steward. */
    public static String skippedOutcome(RunReport.FileRow f) {
        return switch (f.outcome()) {
            case "duplicate" -> "skipped: duplicate of " + f.detail();
            case "link" -> "skipped: symbolic link";
            case "special" -> "skipped: special file";
            case "excluded" -> "excluded by pattern " + f.detail();
            case "empty" -> "failed: the file is empty (0 bytes)";
            case "unreadable" -> "failed: " + f.detail();
            default -> f.outcome();
        };
    }

    /** Horizontal bars of loaded amounts by ministry, one group per fiscal year and measure. */
    private static void chart(StringBuilder h, List<RunReport.AmountRow> amounts) {
        h.append("<h2>Loaded amounts by ministry and year (억원)</h2>\n");
        if (amounts.isEmpty()) {
            h.append("<p id=\"chart-empty\">This run loaded no project lines.</p>\n");
            return;
        }
        Map<String, List<RunReport.AmountRow>> groups = new LinkedHashMap<>();
        for (var a : amounts) {
            groups.computeIfAbsent(a.fiscalYear() + " " + a.measure(), k -> new java.util.ArrayList<>()).add(a);
        }
        BigDecimal max = amounts.stream().map(RunReport.AmountRow::amountKrw).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE);
        int rowH = 18;
        int rows = amounts.size() + groups.size();
        int width = 760;
        int labelW = 200;
        h.append("<svg id=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
                .append("\" height=\"").append(rows * rowH + 10).append("\" role=\"img\" aria-label=\"loaded amounts\">\n");
        int y = 0;
        for (var g : groups.entrySet()) {
            h.append("<text x=\"0\" y=\"").append(y + 13).append("\" font-weight=\"bold\" font-size=\"13\">")
                    .append(esc(g.getKey())).append("</text>\n");
            y += rowH;
            for (var a : g.getValue()) {
                double frac = a.amountKrw().doubleValue() / max.doubleValue();
                int barW = (int) Math.max(1, Math.round(frac * (width - labelW - 110)));
                h.append("<g class=\"bar\"><text x=\"").append(labelW - 6).append("\" y=\"").append(y + 13)
                        .append("\" text-anchor=\"end\" font-size=\"12\">").append(esc(a.ministry())).append("</text>")
                        .append("<rect x=\"").append(labelW).append("\" y=\"").append(y + 3).append("\" width=\"")
                        .append(barW).append("\" height=\"").append(rowH - 6).append("\" fill=\"#4a7ab5\"/>")
                        .append("<text x=\"").append(labelW + barW + 4).append("\" y=\"").append(y + 13)
                        .append("\" font-size=\"12\">").append(eok(a.amountKrw())).append("</text></g>\n");
                y += rowH;
            }
        }
        h.append("</svg>\n");
    }

    private static void checks(StringBuilder h, List<RunReport.CheckRow> checks) {
        List<RunReport.CheckRow> failed = checks.stream().filter(c -> c.status().equals("fail")).toList();
        List<RunReport.CheckRow> passed = checks.stream().filter(c -> !c.status().equals("fail")).toList();
        h.append("<h2>Checks: ").append(failed.size()).append(" failed, ").append(passed.size())
                .append(" passed</h2>\n");
        if (!failed.isEmpty()) {
            checkTable(h, "checks", failed);
        }
        h.append("<details id=\"passed-checks\"><summary>").append(passed.size())
                .append(" passing checks</summary>\n");
        checkTable(h, "checks-passed", passed);
        h.append("</details>\n");
    }

    private static void checkTable(StringBuilder h, String id, List<RunReport.CheckRow> checks) {
        h.append("<table id=\"").append(id).append("\"><tr><th>document</th><th>rule</th><th>scope</th>")
                .append("<th>printed</th><th>computed</th><th>difference</th><th>result</th></tr>\n");
        for (var c : checks) {
            h.append("<tr class=\"").append(esc(c.status())).append("\"><td>").append(esc(c.document()))
                    .append("</td><td>").append(esc(c.rule())).append("</td><td>").append(esc(c.scope()))
                    .append("</td><td class=\"num\">").append(quantity(c.expected(), c.quantity()))
                    .append("</td><td class=\"num\">").append(quantity(c.computed(), c.quantity()))
                    .append("</td><td class=\"num\">").append(quantity(c.difference(), c.quantity())).append("</td><td>")
                    .append(esc(c.status())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    /**
     * Findings by severity (errors, warnings, repairs, then the info kept for the record, folded away), each
     * severity grouped by rule and document under a heading row with the count. The rows come sorted that way.
     */
    private static void findings(StringBuilder h, List<RunReport.FindingRow> findings) {
        List<RunReport.FindingRow> acted = findings.stream().filter(f -> !f.severity().equals("info")).toList();
        List<RunReport.FindingRow> info = findings.stream().filter(f -> f.severity().equals("info")).toList();
        h.append("<h2>Findings: ").append(acted.size()).append(" to look at, ").append(info.size())
                .append(" info</h2>\n");
        findingTable(h, "findings", acted);
        h.append("<details id=\"info-findings\"><summary>").append(info.size())
                .append(" info findings (kept for the record, nothing to act on)</summary>\n");
        findingTable(h, "findings-info", info);
        h.append("</details>\n");
    }

    private static void findingTable(StringBuilder h, String id, List<RunReport.FindingRow> findings) {
        Map<String, Integer> groupSizes = new LinkedHashMap<>();
        findings.forEach(f -> groupSizes.merge(group(f), 1, Integer::sum));
        h.append("<table id=\"").append(id).append("\"><tr>")
                .append("<th>severity</th><th>rule</th><th>document</th><th>place</th><th>message</th>")
                .append("<th>printed text</th></tr>\n");
        String current = null;
        for (var f : findings) {
            if (!group(f).equals(current)) {
                current = group(f);
                h.append("<tr class=\"group\"><th colspan=\"6\">").append(esc(f.severity())).append(' ')
                        .append(esc(f.rule())).append(" — ").append(esc(str(f.document()))).append(": ")
                        .append(groupSizes.get(current)).append("</th></tr>\n");
            }
            String place = (f.page() == null ? "" : "p." + f.page() + " ") + str(f.sourceRef());
            h.append("<tr class=\"").append(esc(f.severity())).append("\"><td>").append(esc(f.severity()))
                    .append("</td><td>").append(esc(f.rule())).append("</td><td>").append(esc(str(f.document())))
                    .append("</td><td>").append(esc(place.trim())).append("</td><td>").append(esc(f.message()))
                    .append("</td><td><pre>").append(esc(f.rawText())).append("</pre></td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static String group(RunReport.FindingRow f) {
        return f.severity() + "\u0000" + f.rule() + "\u0000" + str(f.document());
    }

    /** Won as 억원 with two decimals; percents and counts as they are. */
    private static String quantity(BigDecimal v, String quantity) {
        if (v == null) {
            return "";
        }
        return switch (quantity) {
            case "won" -> eok(v) + " 억원";
            case "percent" -> v.stripTrailingZeros().toPlainString() + " %";
            default -> v.stripTrailingZeros().toPlainString();
        };
    }

    private static String eok(BigDecimal krw) {
        return krw == null ? "" : String.format(Locale.ROOT, "%,.2f", krw.divide(EOK, 2, RoundingMode.HALF_UP));
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
