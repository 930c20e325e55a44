package dev.planetl.bench;

import dev.planetl.extract.docx.DocxExtractor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Warm DOCX extraction in one JVM: planetl's streaming {@link DocxExtractor} (paragraphs, headings, tables) beside
 * POI's {@link XWPFWordExtractor} (the XWPF object model, text only) on every DOCX of sample-docs and the test
 * plans, alternating, several rounds after warm-ups, each round reading every file {@value #PASSES} times; the best
 * round of each is printed as milliseconds per file.
 */
final class DocxFilesBench {

    static final List<Path> FOLDERS = List.of(Path.of("sample-docs"), Path.of("src/test/resources/plans"));
    static final int PASSES = 10;

    /** One way of reading a file; returns something derived from it so the work is not optimised away. */
    interface Reader {
        int read(Path file) throws Exception;
    }

    private DocxFilesBench() {
    }

    record Result(int files, Map<String, Double> msPerFile) {
    }

    static Map<String, Reader> readers() {
        Map<String, Reader> readers = new LinkedHashMap<>();
        DocxExtractor planetl = new DocxExtractor();
        readers.put("planetl", file -> {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                return planetl.extract(in, file.toString()).blocks().size();
            }
        });
        readers.put("POI XWPFWordExtractor", file -> {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
                 XWPFDocument doc = new XWPFDocument(in);
                 XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
                return text.getText().length();
            }
        });
        return readers;
    }

    static Result run(int warmups, int rounds, Map<String, Reader> readers, PrintStream out) throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path folder : FOLDERS) {
            try (Stream<Path> list = Files.list(folder)) {
                list.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")).sorted()
                        .forEach(files::add);
            }
        }
        Map<String, Long> best = new LinkedHashMap<>();
        for (int round = 0; round < warmups + rounds; round++) {
            StringBuilder line = new StringBuilder();
            for (Map.Entry<String, Reader> reader : readers.entrySet()) {
                long t0 = System.nanoTime();
                for (int pass = 0; pass < PASSES; pass++) {
                    for (Path file : files) {
                        reader.getValue().read(file);
                    }
                }
                long took = System.nanoTime() - t0;
                if (round >= warmups) {
                    best.merge(reader.getKey(), took, Math::min);
                }
                line.append(String.format(Locale.ROOT, ", %s %.2f s", reader.getKey(), took / 1e9));
            }
            out.printf(Locale.ROOT, "  round %d%s%s%n", round + 1, round < warmups ? " (warm-up)" : "",
                    line.toString());
        }
        Map<String, Double> msPerFile = new LinkedHashMap<>();
        best.forEach((name, nanos) -> msPerFile.put(name, nanos / 1e6 / PASSES / files.size()));
        return new Result(files.size(), msPerFile);
    }
}
