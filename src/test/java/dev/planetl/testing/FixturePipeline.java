package dev.planetl.testing;

import dev.planetl.extract.DocumentFormat;
import dev.planetl.extract.DocumentMetadata;
import dev.planetl.extract.Provenance;
import dev.planetl.job.DocumentFailedException;
import dev.planetl.job.DocumentPipeline;
import dev.planetl.load.DocumentFacts;
import dev.planetl.load.RegisteredDocument;
import dev.planetl.read.BudgetLine;
import dev.planetl.read.Measure;
import dev.planetl.read.PlanInfo;
import dev.planetl.read.SourceRef;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A pipeline over a tiny line format, for testing the job's mechanics (skip, failure, restart, publishing) apart
 * from the real extractors and readers:
 * <pre>
 * year: 2020
 * title: the plan title (default: fixture and the path)
 * line: program|amount in won|ministry
 * total: amount in won (the grand total the document prints)
 * fail: why the document cannot be read
 * crash: an error the step does not skip (the job fails, as when the process dies)
 * </pre>
 * It remembers which documents it processed, in order.
 */
public class FixturePipeline implements DocumentPipeline {

    private final List<String> processed = new CopyOnWriteArrayList<>();
    private volatile boolean crashesEnabled = true;
    private final String version;

    public FixturePipeline(String version) {
        this.version = version;
    }

    public List<String> processed() {
        return processed;
    }

    public void disableCrashes() {
        crashesEnabled = false;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public DocumentFacts process(RegisteredDocument d) throws DocumentFailedException {
        processed.add(d.path());
        List<String> text;
        try {
            text = Files.readAllLines(d.file(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DocumentFailedException(d.id(), d.path() + ": cannot read the file: " + e.getMessage(), e);
        }
        Integer year = null;
        String title = "fixture " + d.path();
        List<BudgetLine> lines = new ArrayList<>();
        List<dev.planetl.read.ReportedTotal> totals = new ArrayList<>();
        int n = 0;
        for (String l : text) {
            n++;
            if (l.startsWith("fail: ")) {
                throw new DocumentFailedException(d.id(), d.path() + ": " + l.substring(6), null);
            } else if (l.startsWith("crash: ") && crashesEnabled) {
                throw new IllegalStateException("simulated crash in " + d.path());
            } else if (l.startsWith("title: ")) {
                title = l.substring(7);
            } else if (l.startsWith("year: ")) {
                year = Integer.parseInt(l.substring(6).trim());
            } else if (l.startsWith("total: ")) {
                String amount = l.substring(7).trim();
                totals.add(new dev.planetl.read.ReportedTotal(dev.planetl.read.TotalKind.GRAND, year, Measure.PLAN,
                        null, null, null, null, null, null, null, new BigDecimal(amount), amount, "원",
                        new SourceRef(Provenance.ofLine(null, n), l)));
            } else if (l.startsWith("line: ")) {
                String[] f = l.substring(6).split("\\|");
                lines.add(new BudgetLine(year, Measure.PLAN, f[2], f[2], null, null, f[0], null,
                        new BigDecimal(f[1]), f[1], "원", new SourceRef(Provenance.ofLine(null, n), l)));
            }
        }
        Integer planYear = d.planYearOverride() != null ? d.planYearOverride() : year;
        return new DocumentFacts(d, DocumentMetadata.of(DocumentFormat.TEXT, "text/plain"),
                new PlanInfo(title, year, null, null, null), planYear,
                planYear == null ? null : d.planYearOverride() != null ? "manifest" : "detected",
                lines, totals, List.of(), List.of(), List.of(), List.of(), null, 1, 1);
    }
}
