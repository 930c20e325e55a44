package dev.planetl.job;

import dev.planetl.validate.PublicationPolicy;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ingest job's definition from {@code jobs/ingest.yml}, and the steward's overrides from
 * {@code jobs/manifest.yml}.
 *
 * @param exclude glob patterns of files never ingested, relative to the folder
 * @param policy what happens to a document whose checks fail
 * @param overrides plan years a steward set, by path or SHA-256
 * @param budget what one document may cost the pipeline ({@code budget:} in ingest.yml)
 * @param threads documents read at once ({@code threads:} in ingest.yml), 0 for one per processor (at most 16)
 * @param extraction where documents are extracted ({@code extraction:} in ingest.yml)
 */
public record JobDefinition(List<String> exclude, PublicationPolicy policy, List<Override> overrides,
                            DocumentBudget budget, int threads, ExtractionSettings extraction) {

    /** A steward's override for one document. */
    public record Override(String path, String sha256, Integer planYear) {
    }

    public JobDefinition {
        exclude = List.copyOf(exclude);
        overrides = List.copyOf(overrides);
        java.util.Objects.requireNonNull(budget, "budget");
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be a positive number or cores, not " + threads);
        }
        java.util.Objects.requireNonNull(extraction, "extraction");
    }

    public JobDefinition(List<String> exclude, PublicationPolicy policy, List<Override> overrides,
                         DocumentBudget budget, int threads) {
        this(exclude, policy, overrides, budget, threads, ExtractionSettings.defaults());
    }

    public JobDefinition(List<String> exclude, PublicationPolicy policy, List<Override> overrides,
                         DocumentBudget budget) {
        this(exclude, policy, overrides, budget, 0, ExtractionSettings.defaults());
    }

    /** The threads the definition asks for, {@code --threads} of the command line aside. */
    public Parallelism parallelism() {
        return threads == 0 ? Parallelism.cores() : Parallelism.threads(threads);
    }

    /** This definition with documents extracted as {@code settings} say. */
    public JobDefinition withExtraction(ExtractionSettings settings) {
        return new JobDefinition(exclude, policy, overrides, budget, threads, settings);
    }

    public static JobDefinition defaults() {
        return new JobDefinition(List.of(), PublicationPolicy.HOLD_BACK_ON_ERROR, List.of(), DocumentBudget.defaults(),
                0);
    }

    /** Reads the job folder; a missing file means its defaults. */
    public static JobDefinition load(Path jobsDir) throws IOException {
        Map<String, Object> ingest = yaml(jobsDir.resolve("ingest.yml"));
        Map<String, Object> manifest = yaml(jobsDir.resolve("manifest.yml"));
        List<String> exclude = new ArrayList<>();
        if (ingest.get("exclude") instanceof List<?> l) {
            l.forEach(o -> exclude.add(String.valueOf(o)));
        }
        PublicationPolicy policy = ingest.get("policy") == null ? PublicationPolicy.HOLD_BACK_ON_ERROR
                : policy(jobsDir.resolve("ingest.yml"), String.valueOf(ingest.get("policy")));
        List<Override> overrides = new ArrayList<>();
        if (manifest.get("documents") instanceof List<?> docs) {
            for (Object o : docs) {
                if (o instanceof Map<?, ?> m) {
                    Object year = m.get("plan_year");
                    overrides.add(new Override(str(m.get("path")), str(m.get("sha256")),
                            year == null ? null : Integer.valueOf(String.valueOf(year))));
                }
            }
        }
        DocumentBudget budget;
        ExtractionSettings extraction;
        try {
            budget = ingest.get("budget") instanceof Map<?, ?> b ? DocumentBudget.of(b) : DocumentBudget.defaults();
            extraction = ingest.get("extraction") instanceof Map<?, ?> x ? ExtractionSettings.of(x)
                    : ExtractionSettings.defaults();
        } catch (IllegalArgumentException e) {
            throw new IOException(jobsDir.resolve("ingest.yml") + ": " + e.getMessage(), e);
        }
        return new JobDefinition(exclude, policy, overrides, budget, threads(jobsDir.resolve("ingest.yml"),
                ingest.get("threads")), extraction);
    }

    /** Whether a file (path relative to the folder, forward slashes) is excluded. */
    public boolean excludes(String relativePath) {
        return excludedBy(relativePath).isPresent();
    }

    /** The first exclude pattern that matches the path, so a report can say why a file was not read. */
    public java.util.Optional<String> excludedBy(String relativePath) {
        Path p = Path.of(relativePath);
        for (String glob : exclude) {
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            if (m.matches(p)) {
                return java.util.Optional.of(glob);
            }
        }
        return java.util.Optional.empty();
    }

    /** The plan year a steward set for a document, or null. */
    public Integer planYearOverride(String relativePath, String sha256) {
        for (Override o : overrides) {
            if (relativePath.equals(o.path()) || sha256.equalsIgnoreCase(o.sha256() == null ? "" : o.sha256())) {
                return o.planYear();
            }
        }
        return null;
    }

    private static PublicationPolicy policy(Path file, String value) throws IOException {
        try {
            return PublicationPolicy.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": policy must be hold_back_on_error or publish_accepted, not '" + value
                    + "'", e);
        }
    }

    /** {@code threads:} a positive number, or {@code cores} (the default) for one per processor, at most 16. */
    private static int threads(Path file, Object value) throws IOException {
        if (value == null || "cores".equals(String.valueOf(value))) {
            return 0;
        }
        if (value instanceof Integer n && n > 0) {
            return n;
        }
        throw new IOException(file + ": threads must be a positive number or cores, not '" + value + "'");
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object o = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
            if (o == null) {
                return Map.of();
            }
            if (!(o instanceof Map<?, ?> m)) {
                throw new IOException(file + " must hold a YAML mapping");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) m;
            return map;
        }
    }
}
