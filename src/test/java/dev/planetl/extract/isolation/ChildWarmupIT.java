package dev.planetl.extract.isolation;

import dev.planetl.extract.Document;
import dev.planetl.extract.WarmupSamples;
import dev.planetl.job.ChildExtractions;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The warm-up's samples are in the jar and every one of them extracts; a stopped warm-up extracts none. */
class ChildWarmupIT {

    @Test
    void everySampleExtractsAndIsTheSeedRenderingItIs() throws Exception {
        ChildWarmup warmup = new ChildWarmup(new ChildExtractions());

        warmup.run();

        assertThat(warmup.warmed()).isEqualTo(WarmupSamples.ALL.size());
        // the PDF sample is seed 000's ruled rendering: its 21 pages (sample-docs/README.md)
        try (InputStream in = WarmupSamples.open("000_c6a735280eeffe22.ruled.pdf")) {
            Path copy = Files.createTempFile("warmup", ".pdf");
            try {
                Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Document pdf = new ChildExtractions().get().extract(copy);
                assertThat(pdf.metadata().pageCount()).isEqualTo(21);
            } finally {
                Files.delete(copy);
            }
        }
    }

    @Test
    void aWarmupStoppedBeforeItsFirstSampleExtractsNone() {
        ChildWarmup warmup = new ChildWarmup(new ChildExtractions());
        warmup.stop();

        warmup.run();

        assertThat(warmup.warmed()).isZero();
    }
}
