package dev.planetl.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GoldenFilesTest {

    @Test
    void unifiedDiffShowsChangedLinesWithContext() {
        String diff = GoldenFiles.unifiedDiff("a", "1\n2\n3\n4\n5\n6\n7\n8\n", "b", "1\n2\n3\n4\nfive\n6\n7\n8\n");

        assertThat(diff).isEqualTo("--- a\n+++ b\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
    }

    @Test
    void mismatchFailsNamingTheActualAndDiffFiles() {
        assertThatThrownBy(() -> GoldenFiles.assertMatchesGolden("harness_sample", "# table 0 page - rows 1 cols 1\nx\n"))
                .hasMessageContaining("harness_sample differs from its golden file")
                .hasMessageContaining("harness_sample.diff");
        assertThat(GoldenFiles.OUT.resolve("harness_sample.diff")).content().contains("-y").contains("+x");
    }

    @Test
    void matchingOutputPasses() {
        GoldenFiles.assertMatchesGolden("harness_sample", "# table 0 page - rows 1 cols 1 header 0 line 1\ny\n");
    }
}
