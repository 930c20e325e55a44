package dev.planetl.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Ingests the documents under DIR (recursively) into the warehouse: the nightly command.",
                "Unchanged documents (same SHA-256 and reader version) are skipped; a run killed part-way is resumed."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCode.LIST_OK, ExitCode.LIST_DOCUMENTS,
                ExitCode.LIST_FAILED, ExitCode.LIST_BUSY, ExitCode.LIST_USAGE})
public class IngestCommand implements Callable<Integer> {

    @Mixin
    WarehouseOptions warehouse;

    @Mixin
    VocabularyOptions vocabulary;

    @Mixin
    ParallelOptions parallel;

    @Mixin
    RemoteOptions remote;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder of plan documents.")
    Path folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!java.nio.file.Files.isDirectory(folder)) {
            throw new UsageException("Not a folder: " + folder);
        }
        return IngestLauncher.launch(warehouse, vocabulary, parallel, remote.settings(), w -> folder, null, false,
                "ingest", spec.commandLine().getOut());
    }
}
