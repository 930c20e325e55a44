package dev.planetl.job;

import dev.planetl.extract.WarmupSamples;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The ingest's warm-up reads its bundled sample, seed 000's text, to budget lines. */
class ReadingWarmupIT {

    @Test
    void theSampleIsSeed000AndReadsToBudgetLines() throws Exception {
        try (InputStream in = WarmupSamples.open(WarmupSamples.TEXT)) {
            assertThat(in).isNotNull();
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(Path.of("sample-docs",
                    "000_c6a735280eeffe22.txt")));
        }
        try (StandardPipeline pipeline = Pipelines.standard(JobDefinition.defaults())) {
            assertThat(pipeline.readSample()).isTrue();
        }
    }
}
