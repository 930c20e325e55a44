package dev.planetl.bench;

import dev.planetl.extract.Document;
import dev.planetl.extract.pdf.PdfExtractor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Warm PDF extraction in one JVM: planetl's {@link PdfExtractor} (text, rules and tables) beside PDFBox's
 * {@link PDFTextStripper} (text only) on the same files, alternating, several rounds after a warm-up; the best round
 * of each is printed as pages per second. A file either cannot read (scanned, damaged) is left out of both and named.
 */
final class PdfPagesBench {

    /** The PDFs of the repository's tests: real files, the corpus, the test plans' renderings. */
    static final List<Path> FOLDERS = List.of(Path.of("src/test/resources/real/pdf"),
            Path.of("src/test/resources/corpus"), Path.of("src/test/resources/plans"));

    private PdfPagesBench() {
    }

    record Result(int files, int pages, double planetlPagesPerSecond, double pdfboxPagesPerSecond) {
        double ratio() {
            return planetlPagesPerSecond / pdfboxPagesPerSecond;
        }
    }

    static Result run(int warmups, int rounds, PrintStream out) throws Exception {
        List<Path> pdfs = new ArrayList<>();
        for (Path folder : FOLDERS) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted()
                        .forEach(pdfs::add);
            }
        }
        PdfExtractor planetl = new PdfExtractor();
        List<Path> readable = new ArrayList<>();
        int pages = 0;
        for (Path pdf : pdfs) {
            try {
                Document d = extract(planetl, pdf);
                stripText(pdf);
                readable.add(pdf);
                pages += d.metadata().pageCount() == null ? 0 : d.metadata().pageCount();
            } catch (Exception e) {
                out.println("  left out " + pdf.getFileName() + ": " + e.getMessage());
            }
        }
        long bestPlanetl = Long.MAX_VALUE;
        long bestPdfbox = Long.MAX_VALUE;
        for (int round = 0; round < warmups + rounds; round++) {
            long t0 = System.nanoTime();
            for (Path pdf : readable) {
                extract(planetl, pdf);
            }
            long t1 = System.nanoTime();
            for (Path pdf : readable) {
                stripText(pdf);
            }
            long t2 = System.nanoTime();
            if (round >= warmups) {
                bestPlanetl = Math.min(bestPlanetl, t1 - t0);
                bestPdfbox = Math.min(bestPdfbox, t2 - t1);
            }
            out.printf(Locale.ROOT, "  round %d%s: planetl %.2f s, PDFTextStripper %.2f s%n", round + 1,
                    round < warmups ? " (warm-up)" : "", (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        }
        return new Result(readable.size(), pages, pages / (bestPlanetl / 1e9), pages / (bestPdfbox / 1e9));
    }

    private static Document extract(PdfExtractor extractor, Path pdf) throws Exception {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(pdf))) {
            return extractor.extract(in, pdf.toString());
        }
    }

    private static int stripText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).length();
        }
    }
}
