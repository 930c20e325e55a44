package dev.planetl.extract.pdf;

import java.io.File;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import dev.planetl.extract.Document;

/**
 * Measures pages per second of {@link PdfExtractor} against plain {@link PDFTextStripper} on the PDFs of seed 000,
 * in one JVM, after a warm-up. A maintainer tool, not a test:
 * {@code java -cp target/test-classes:target/classes:<deps> dev.planetl.extract.pdf.PdfExtractorThroughput [rounds]}.
 */
public final class PdfExtractorThroughput {

    private PdfExtractorThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        for (String name : new String[] {"000_c6a735280eeffe22.ruled.pdf", "000_c6a735280eeffe22.unruled.pdf"}) {
            Path file = Path.of("sample-docs", name);
            int pages;
            try (PDDocument d = Loader.loadPDF(file.toFile())) {
                pages = d.getNumberOfPages();
            }
            for (int i = 0; i < 5; i++) {
                stripper(file.toFile());
                extractor(file);
            }
            long stripperNanos = 0;
            long extractorNanos = 0;
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                stripper(file.toFile());
                long t1 = System.nanoTime();
                extractor(file);
                long t2 = System.nanoTime();
                stripperNanos += t1 - t0;
                extractorNanos += t2 - t1;
            }
            System.out.printf(Locale.ROOT, "%s: %d pages x %d rounds: PDFTextStripper %.1f pages/s, PdfExtractor %.1f pages/s%n",
                    name, pages, rounds, pages * rounds / (stripperNanos / 1e9), pages * rounds / (extractorNanos / 1e9));
        }
    }

    private static void stripper(File file) throws Exception {
        try (PDDocument d = Loader.loadPDF(file)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            s.writeText(d, Writer.nullWriter());
        }
    }

    private static Document extractor(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new PdfExtractor().extract(in, file.toString());
        }
    }
}
