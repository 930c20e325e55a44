package dev.planetl.extract.isolation;

import dev.planetl.extract.FileExtraction;
import dev.planetl.job.Pipelines;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * A child's extraction for tests: a file whose name contains {@code hangs} never returns (interrupts ignored, as
 * PDFBox and hwplib ignore them), {@code grows} allocates without bound, {@code waits} takes a minute, {@code pauses}
 * takes two seconds; any other file is extracted as planetl does.
 */
public final class MisbehavingExtractions implements Supplier<FileExtraction> {

    @Override
    public FileExtraction get() {
        FileExtraction standard = Pipelines.extraction();
        return file -> {
            String name = file.getFileName().toString();
            if (name.contains("hangs")) {
                while (true) {
                    LockSupport.parkNanos(1_000_000_000L);
                }
            }
            if (name.contains("grows")) {
                List<long[]> heap = new ArrayList<>();
                while (true) {
                    heap.add(new long[1 << 20]);
                }
            }
            if (name.contains("waits")) {
                LockSupport.parkNanos(60_000_000_000L);
            }
            if (name.contains("pauses")) {
                LockSupport.parkNanos(2_000_000_000L);
            }
            return standard.extract(file);
        };
    }
}
