package dev.planetl.cli;

import dev.planetl.extract.Document;
import dev.planetl.extract.DocumentWriter;
import dev.planetl.extract.ExtractionException;
import dev.planetl.job.Pipelines;
import dev.planetl.read.PlanDocumentReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Prints what the extractor saw in one file: its tables (TSV, per page) or every block with its "
                + "place (JSON). No database is needed.",
                "Use it to see why a table was read the way it was."})
public class ExtractCommand implements Callable<Integer> {

    enum Format { tsv, json }

    @Parameters(index = "0", paramLabel = "FILE", description = "A PDF, HWP, HWPX, DOCX, HTML or text file.")
    Path file;

    @Option(names = "--format", defaultValue = "tsv", paramLabel = "tsv|json",
            description = "tsv (tables, default) or json (all blocks with provenance).")
    Format format;

    @Mixin
    VocabularyOptions vocabulary;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // The vocabularies are checked even though extraction alone reads few of them: a bad line is reported now,
        // not at the next night's ingest.
        PlanDocumentReader.from(vocabulary.source());
        Document document;
        try {
            document = Pipelines.extraction().extract(file);
        } catch (ExtractionException e) {
            spec.commandLine().getErr().println("planetl: " + e.getMessage());
            return 1;
        }
        DocumentWriter writer = new DocumentWriter();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(format == Format.json ? writer.json(document) : writer.tsv(document));
        out.flush();
        return 0;
    }
}
