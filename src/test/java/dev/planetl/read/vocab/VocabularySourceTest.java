package dev.planetl.read.vocab;

import dev.planetl.read.Vocabularies;
import dev.planetl.read.PlanDocumentReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VocabularySourceTest {

    @TempDir
    Path dir;

    @Test
    void aFileInTheFolderReplacesThePackagedOneAndTheOthersStay() throws Exception {
        Files.writeString(dir.resolve("ministries.tsv"), """
                # one ministry only
                ministry\tspace\t우주부\t2030-01-01\t\t우주부
                """, StandardCharsets.UTF_8);
        VocabularySource source = VocabularySource.folder(dir);

        MinistryDictionary ministries = MinistryDictionary.from(source);
        assertThat(ministries.resolve("우주부", 2031).single()).isEqualTo("우주부");
        assertThat(ministries.resolve("산업부", 2021).unresolved()).isTrue();
        // every other file is the packaged one
        assertThat(HeaderVocabulary.from(source).roleOf("사업명")).isEqualTo(HeaderVocabulary.standard().roleOf("사업명"));
        assertThat(source.overridden()).containsExactly("ministries.tsv");
    }

    @Test
    void theDigestFollowsTheEffectiveFiles() throws Exception {
        String packaged = VocabularySource.packaged().digest();
        // an empty folder reads the packaged files: same digest
        assertThat(VocabularySource.folder(dir).digest()).isEqualTo(packaged);
        // a copy of a packaged file, byte for byte: same digest
        Files.write(dir.resolve("units.tsv"), bytes("vocab/units.tsv"));
        assertThat(VocabularySource.folder(dir).digest()).isEqualTo(packaged);
        // one entry edited: another digest
        Files.writeString(dir.resolve("units.tsv"), new String(bytes("vocab/units.tsv"), StandardCharsets.UTF_8)
                + "magnitude\t경\t16\n", StandardCharsets.UTF_8);
        assertThat(VocabularySource.folder(dir).digest()).isNotEqualTo(packaged);
    }

    @Test
    void aBadLineIsRefusedWithItsFileAndLine() throws Exception {
        Files.writeString(dir.resolve("ministries.tsv"), """
                # header
                ministry\tx\t가부\t2020-01-01\t\t가부
                ministry\ty\t나부\t2020-13-01\t\t나부
                """, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Vocabularies.from(VocabularySource.folder(dir)))
                .isInstanceOf(VocabularyException.class)
                .hasMessageContaining(dir.resolve("ministries.tsv").toAbsolutePath().normalize() + ":3:")
                .hasMessageContaining("2020-13-01");
    }

    @Test
    void everyFileOfTheReadersIsChecked() throws Exception {
        // plan-series.tsv is read by the prose readers only: its bad regular expression is still found at start
        Files.writeString(dir.resolve("plan-series.tsv"), "시행계획\ttitle\t시행(계획\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PlanDocumentReader.from(VocabularySource.folder(dir)))
                .isInstanceOf(VocabularyException.class)
                .hasMessageContaining("plan-series.tsv:1:")
                .hasMessageContaining("regular expression");
        Files.writeString(dir.resolve("plan-series.tsv"), "시행계획\ttitle\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PlanDocumentReader.from(VocabularySource.folder(dir)))
                .isInstanceOf(VocabularyException.class)
                .hasMessageContaining("plan-series.tsv:1: expected 3 tab-separated columns");
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws Exception {
        Files.write(dir.resolve("measure-words.tsv"), "plan\t계획\n".getBytes("x-windows-949"));
        assertThatThrownBy(() -> Vocabularies.from(VocabularySource.folder(dir)))
                .isInstanceOf(VocabularyException.class)
                .hasMessageContaining("measure-words.tsv:1: not UTF-8");
    }

    @Test
    void aMisspeltFileOrAMissingFolderIsRefused() throws Exception {
        Files.writeString(dir.resolve("ministry.tsv"), "", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> VocabularySource.folder(dir))
                .isInstanceOf(VocabularyException.class)
                .hasMessageContaining("ministry.tsv: not a vocabulary planetl reads");
        assertThatThrownBy(() -> VocabularySource.of(dir.resolve("absent"), null))
                .isInstanceOf(VocabularyException.class)
                .hasMessageContaining("is not a folder");
        Files.delete(dir.resolve("ministry.tsv"));
        // the extractors' numbering is read from the jar only: a copy in the folder would be ignored, so it is refused
        Files.writeString(dir.resolve("numbering.tsv"), "", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> VocabularySource.folder(dir))
                .isInstanceOf(VocabularyException.class)
                .hasMessageContaining("numbering.tsv is read from the jar only");
        Files.delete(dir.resolve("numbering.tsv"));
        // a README beside the files is no vocabulary and is left alone
        Files.writeString(dir.resolve("README.md"), "local vocabularies", StandardCharsets.UTF_8);
        assertThat(VocabularySource.folder(dir).overridden()).isEmpty();
    }

    @Test
    void theOptionWinsOverTheEnvironmentWhichWinsOverThePackagedFiles() throws Exception {
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("ministries.tsv"), "ministry\tx\t가부\t2020-01-01\t\t가부\n",
                StandardCharsets.UTF_8);
        assertThat(VocabularySource.of(null, other.toString()).overridden()).containsExactly("ministries.tsv");
        assertThat(VocabularySource.of(dir, other.toString()).overridden()).isEmpty();
        assertThat(VocabularySource.of(null, " ").overridden()).isEmpty();
        assertThat(VocabularySource.of(null, null).digest()).isEqualTo(VocabularySource.packaged().digest());
    }

    @Test
    void everyPackagedFileIsListedAndReads() {
        for (String name : VocabularySource.FILES) {
            assertThat(VocabularySource.packaged().rows(name)).as(name).isNotEmpty();
        }
        Vocabularies.from(VocabularySource.packaged());
    }

    private static byte[] bytes(String resource) throws Exception {
        try (var in = VocabularySourceTest.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}
