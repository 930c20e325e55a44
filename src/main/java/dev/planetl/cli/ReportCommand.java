package dev.planetl.cli;

import dev.planetl.db.Warehouse;
import dev.planetl.report.RunReport;
import dev.planetl.report.RunReportHtml;
import dev.planetl.report.RunReportRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes a run's report as HTML, with JSON beside it: documents and their outcome, tables found "
                + "and read, lines and totals loaded, every check, every finding with its printed text and place, "
                + "and a chart of the loaded amounts by ministry and year.")
public class ReportCommand implements Callable<Integer> {

    @Mixin
    WarehouseOptions warehouse;

    @Parameters(index = "0", arity = "0..1", paramLabel = "RUN", description = "The run id (default: the latest run).")
    Long run;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "var/reports",
            description = "Where to write run-<id>.html and run-<id>.json (default var/reports).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Warehouse w = warehouse.openForReading("report")) {
            RunReportRepository repo = new RunReportRepository(new JdbcTemplate(w.dataSource()));
            Long id = run != null ? run : repo.latestRun().orElse(null);
            if (id == null) {
                spec.commandLine().getErr().println("planetl: there is no run yet; run planetl ingest DIR first");
                return ExitCode.USAGE;
            }
            RunReport report = repo.load(id).orElse(null);
            if (report == null) {
                spec.commandLine().getErr().println("planetl: there is no run " + id + " (planetl status lists them)");
                return ExitCode.USAGE;
            }
            Files.createDirectories(out);
            Path html = out.resolve("run-" + id + ".html");
            Path json = out.resolve("run-" + id + ".json");
            Files.writeString(html, RunReportHtml.render(report), StandardCharsets.UTF_8);
            Files.writeString(json, JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(report), StandardCharsets.UTF_8);
            spec.commandLine().getOut().println(html.toAbsolutePath());
            spec.commandLine().getOut().println(json.toAbsolutePath());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
