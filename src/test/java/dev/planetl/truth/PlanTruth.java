package dev.planetl.truth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The truth of one test plan, as its author wrote it from the printed plan (sample-docs/truth/&lt;stem&gt;.lines.tsv,
 * .totals.tsv, .facts.tsv; columns as FACT-CONTRACT.md says), and the keys by which the warehouse's rows are matched
 * with it. Keys ignore whitespace (a wrapped cell may come back with or without a space at its break) and, for a
 * program name, a leading enumeration mark (`①`, `1.`, `가.`), which a line's program name may or may not keep.
 */
public record PlanTruth(String stem, List<Line> lines, List<Total> totals, List<Fact> facts) {

    public static final Path DIR = Path.of("sample-docs", "truth");

    public record Line(String program, String ministry, int fiscalYear, String measure, BigDecimal amountKrw,
                       String isNew, String policyAreaCode, String policyArea) {
        public String key() {
            return String.join(" | ", program, Integer.toString(fiscalYear), measure);
        }
    }

    public record Total(String kind, String policyAreaCode, String ministry, int fiscalYear, String measure,
                        BigDecimal amountKrw) {
        public String key() {
            return String.join(" | ", kind, policyAreaCode, ministry, Integer.toString(fiscalYear), measure);
        }
    }

    public record Fact(String tableCaption, String rowPath, String columnPath, int fiscalYear, String measure,
                       String currency, BigDecimal amount, boolean isTotal) {
        public String key() {
            return String.join(" | ", tableCaption, rowPath, columnPath, Integer.toString(fiscalYear), measure);
        }

        /** The key without the caption, which v_table_fact does not carry. */
        public String matchKey() {
            return String.join("|", squeeze(rowPath), squeeze(columnPath), Integer.toString(fiscalYear), measure,
                    currency, Boolean.toString(isTotal));
        }
    }

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern ENUMERATION = Pattern.compile(
            "^(?:[\\u2460-\\u2473]|\\d{1,2}[.)]|[가-하][.)]|\\(\\d{1,2}\\)|[-○□·])\\s*");
    /** `전략1 계` is a total, `2. 생태계` is not: a trailing 계 counts as a word of its own only. */
    private static final Pattern TOTAL_LABEL = Pattern.compile("^(?:합\\s*계|계|소\\s*계|총\\s*계|총\\s*합\\s*계|.*\\s계)$");

    /** Whitespace removed, NFC. */
    public static String squeeze(String s) {
        return s == null ? "" : SPACE.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll("");
    }

    /** A program name as matched: no leading enumeration mark, no whitespace. */
    public static String programKey(String program) {
        String p = Normalizer.normalize(program == null ? "" : program.strip(), Normalizer.Form.NFC);
        return squeeze(ENUMERATION.matcher(p).replaceFirst(""));
    }

    /** Whether a path's last label names a total (합계, 계, 소계, 총계, `합 계`, `전략1 계`). */
    public static boolean isTotalLabel(String path) {
        String[] parts = path.split(" › ");
        return TOTAL_LABEL.matcher(parts[parts.length - 1].strip()).matches();
    }

    /** The stems that have truth files, sorted. */
    public static List<String> stems() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".lines.tsv"))
                    .map(n -> n.substring(0, n.length() - ".lines.tsv".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PlanTruth load(String stem) {
        List<Line> lines = rows(stem + ".lines.tsv", 8).stream().map(r -> new Line(r[0], r[1],
                Integer.parseInt(r[2]), r[3], new BigDecimal(r[4]), r[5], r[6], r[7])).toList();
        List<Total> totals = rows(stem + ".totals.tsv", 6).stream().map(r -> new Total(r[0], r[1], r[2],
                Integer.parseInt(r[3]), r[4], new BigDecimal(r[5]))).toList();
        List<Fact> facts = rows(stem + ".facts.tsv", 8).stream().map(r -> new Fact(r[0], r[1], r[2],
                Integer.parseInt(r[3]), r[4], r[5], new BigDecimal(r[6]), bool(r[7]))).toList();
        return new PlanTruth(stem, lines, totals, facts);
    }

    private static boolean bool(String s) {
        if (!s.equals("true") && !s.equals("false")) {
            throw new IllegalArgumentException("is_total must be true or false: " + s);
        }
        return s.equals("true");
    }

    /** The data rows of a truth file: comments and the header line left out, each row exactly {@code columns} wide. */
    static List<String[]> rows(String file, int columns) {
        List<String> text;
        try {
            text = Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String[]> rows = new ArrayList<>();
        boolean header = true;
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i);
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != columns) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + cells.length + " columns, expected "
                        + columns + ": " + Arrays.toString(cells));
            }
            if (header) {
                header = false;
                continue;
            }
            rows.add(cells);
        }
        return rows;
    }
}
