package dev.planetl.cli;

import dev.planetl.db.Warehouse;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "rerun", mixinStandardHelpOptions = true,
        description = {"Re-reads and republishes every document of a plan year, even unchanged ones (and changed or "
                + "new files, and failed files whose year is unknown).",
                "If that year's last rerun stopped part-way, it is resumed unless --from-scratch."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCode.LIST_OK, ExitCode.LIST_DOCUMENTS,
                ExitCode.LIST_FAILED, ExitCode.LIST_BUSY, ExitCode.LIST_USAGE})
public class RerunCommand implements Callable<Integer> {

    @Mixin
    WarehouseOptions warehouse;

    @Mixin
    VocabularyOptions vocabulary;

    @Mixin
    ParallelOptions parallel;

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The plan year, e.g. 2020.")
    int year;

    @Option(names = "--from-scratch", description = "Start a new rerun even if the last one stopped part-way.")
    boolean fromScratch;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "The folder (default: the folder the year's documents were ingested from).")
    Path folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return IngestLauncher.launch(warehouse, vocabulary, parallel, w -> folder != null ? folder : recordedFolder(w), year, fromScratch,
                "rerun", spec.commandLine().getOut());
    }

    private Path recordedFolder(Warehouse w) {
        List<String> roots = new JdbcTemplate(w.dataSource()).queryForList(
                "select distinct root from staging.document where plan_year = ? order by 1", String.class, year);
        if (roots.isEmpty()) {
            throw new UsageException("No document of plan year " + year
                    + " has been ingested yet; give the folder: planetl rerun --year " + year + " DIR");
        }
        if (roots.size() > 1) {
            throw new UsageException("Documents of plan year " + year + " come from several folders ("
                    + String.join(", ", roots) + "); name one: planetl rerun --year " + year + " DIR");
        }
        return Path.of(roots.get(0));
    }
}
