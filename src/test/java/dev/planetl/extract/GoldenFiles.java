package dev.planetl.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.fail;

/**
 * Golden-file comparison, PDFBox/tabula style: the expected output lives in
 * {@code src/test/resources/golden/<name>.tsv}, checked by a person against the source document before it was
 * committed. On a mismatch the actual output and a unified diff are written to
 * {@code target/golden/<name>.tsv} and {@code target/golden/<name>.diff}, and the test fails naming both.
 * A golden is only replaced by copying a reviewed actual file over it, never by the test.
 */
public final class GoldenFiles {

    static final Path OUT = Path.of("target", "golden");
    private static final int CONTEXT = 3;

    private GoldenFiles() {
    }

    public static void assertMatchesGolden(String name, String actual) {
        String expected = read("/golden/" + name + ".tsv");
        if (actual.equals(expected)) {
            return;
        }
        Path actualFile = OUT.resolve(name + ".tsv");
        Path diffFile = OUT.resolve(name + ".diff");
        try {
            Files.createDirectories(OUT);
            Files.writeString(actualFile, actual, StandardCharsets.UTF_8);
            if (expected == null) {
                fail("no golden file src/test/resources/golden/" + name + ".tsv; the actual output is in "
                        + actualFile + ": check it against the source document, then copy it there");
            }
            Files.writeString(diffFile, unifiedDiff("golden/" + name + ".tsv", expected, "actual/" + name + ".tsv",
                    actual), StandardCharsets.UTF_8);
        } catch (IOException e) {
            fail("cannot write the actual output of " + name + " under " + OUT + ": " + e.getMessage());
        }
        fail(name + " differs from its golden file; actual: " + actualFile + ", diff: " + diffFile);
    }

    private static String read(String resource) {
        try (InputStream in = GoldenFiles.class.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    /** A unified diff (three lines of context) between two texts, by their longest common subsequence. */
    static String unifiedDiff(String fromName, String from, String toName, String to) {
        List<String> a = List.of(from.split("\n", -1));
        List<String> b = List.of(to.split("\n", -1));
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String[]> edits = new ArrayList<>(); // {op, line, aIndex, bIndex}
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                edits.add(new String[] {" ", a.get(i), String.valueOf(i), String.valueOf(j)});
                i++;
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                edits.add(new String[] {"-", a.get(i), String.valueOf(i), String.valueOf(j)});
                i++;
            } else {
                edits.add(new String[] {"+", b.get(j), String.valueOf(i), String.valueOf(j)});
                j++;
            }
        }
        StringBuilder out = new StringBuilder("--- ").append(fromName).append("\n+++ ").append(toName).append('\n');
        int k = 0;
        while (k < edits.size()) {
            if (edits.get(k)[0].equals(" ")) {
                k++;
                continue;
            }
            int start = Math.max(0, k - CONTEXT);
            int end = k;
            int quiet = 0;
            while (end < edits.size() && quiet <= 2 * CONTEXT) {
                quiet = edits.get(end)[0].equals(" ") ? quiet + 1 : 0;
                end++;
            }
            end = Math.min(edits.size(), end - Math.max(0, quiet - CONTEXT));
            int aStart = Integer.parseInt(edits.get(start)[2]);
            int bStart = Integer.parseInt(edits.get(start)[3]);
            int aCount = 0;
            int bCount = 0;
            StringBuilder hunk = new StringBuilder();
            for (int e = start; e < end; e++) {
                String op = edits.get(e)[0];
                aCount += op.equals("+") ? 0 : 1;
                bCount += op.equals("-") ? 0 : 1;
                hunk.append(op).append(edits.get(e)[1]).append('\n');
            }
            out.append("@@ -").append(aStart + 1).append(',').append(aCount)
                    .append(" +").append(bStart + 1).append(',').append(bCount).append(" @@\n").append(hunk);
            k = end;
        }
        return out.toString();
    }
}
