package dev.planetl.bench;

import dev.planetl.extract.pdf.PdfExtractor;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A plain harness, not a test: warm pages per second of planetl's PDF extractor beside PDFBox's own
 * {@code PDFTextStripper} on the same PDFs in the same JVM (the stripper only gets text, planetl text and tables).
 * Each round reads every PDF once with each; the best of the timed rounds counts. Run it with
 * <pre>
 * ./mvnw -B -q -o test-compile
 * java -cp "target/classes:target/test-classes:$(./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" \
 *     dev.planetl.bench.PdfThroughputBenchmark [pdf-or-folder ...]
 * </pre>
 * Without arguments it reads the PDFs of sample-docs/ and src/test/resources/plans/.
 */
public final class PdfThroughputBenchmark {

    private static final int WARM_UP_ROUNDS = 3;
    private static final int TIMED_ROUNDS = 5;

    private PdfThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> pdfs = new ArrayList<>();
        for (String arg : args.length == 0 ? new String[] {"sample-docs", "src/test/resources/plans"} : args) {
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.toString().endsWith(".pdf")).sorted().forEach(pdfs::add);
                }
            } else {
                pdfs.add(p);
            }
        }
        int pages = 0;
        for (Path pdf : pdfs) {
            try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                pages += d.getNumberOfPages();
            }
        }
        PdfExtractor planetl = new PdfExtractor();
        double bestPlanetl = Double.MAX_VALUE;
        double bestStripper = Double.MAX_VALUE;
        for (int round = 0; round < WARM_UP_ROUNDS + TIMED_ROUNDS; round++) {
            long t0 = System.nanoTime();
            for (Path pdf : pdfs) {
                try (InputStream in = new BufferedInputStream(Files.newInputStream(pdf))) {
                    planetl.extract(in, pdf.toString());
                }
            }
            long t1 = System.nanoTime();
            for (Path pdf : pdfs) {
                try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                    new PDFTextStripper().getText(d);
                }
            }
            long t2 = System.nanoTime();
            if (round >= WARM_UP_ROUNDS) {
                bestPlanetl = Math.min(bestPlanetl, (t1 - t0) / 1e9);
                bestStripper = Math.min(bestStripper, (t2 - t1) / 1e9);
            }
        }
        System.out.printf("%d PDFs, %d pages%n", pdfs.size(), pages);
        System.out.printf("planetl PdfExtractor   %7.1f pages/s%n", pages / bestPlanetl);
        System.out.printf("PDFBox PDFTextStripper %7.1f pages/s%n", pages / bestStripper);
        System.out.printf("ratio                  %7.2f%n", bestStripper / bestPlanetl);
    }
}
