package dev.planetl.samples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders sample documents into HWP and HWPX: reads {@code sample-docs/<stem>.html} with jsoup and writes
 * {@code sample-docs/<stem>.hwp} (hwplib) and {@code sample-docs/<stem>.hwpx} (hwpxlib) beside it.
 *
 * <p>Run from the repository root:
 * {@code mvn -B -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.planetl.samples.HwpRenderingGenerator}
 * or with the test classpath on {@code java}; arguments are stems, default the three table-rich seeds;
 * {@code --dir DIR} first reads and writes in DIR instead of sample-docs.
 */
public final class HwpRenderingGenerator {

    static final List<String> DEFAULT_STEMS =
            List.of("000_c6a735280eeffe22", "001_69b5d0863f4d8d05", "003_ec70c1f9ee5d3b28");

    private HwpRenderingGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("sample-docs");
        List<String> rest = List.of(args);
        if (rest.size() >= 2 && rest.get(0).equals("--dir")) {
            // the test plans of src/test/resources/plans are rendered the same way from their own folder
            dir = Path.of(rest.get(1));
            rest = rest.subList(2, rest.size());
        }
        List<String> stems = rest.isEmpty() ? DEFAULT_STEMS : rest;
        for (String stem : stems) {
            SampleDocument doc = new HtmlSampleReader().read(dir.resolve(stem + ".html"));
            byte[] hwp = new HwpSampleWriter().write(doc);
            byte[] hwpx = new HwpxSampleWriter().write(doc);
            Files.write(dir.resolve(stem + ".hwp"), hwp);
            Files.write(dir.resolve(stem + ".hwpx"), hwpx);
            long tables = doc.blocks().stream().filter(SampleDocument.Grid.class::isInstance).count();
            System.out.printf("%s: %d blocks, %d tables -> %s.hwp (%d bytes), %s.hwpx (%d bytes)%n",
                    stem, doc.blocks().size(), tables, stem, hwp.length, stem, hwpx.length);
        }
    }
}
