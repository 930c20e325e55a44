package dev.planetl.truth;

import java.nio.file.Path;
import java.util.List;

/** Where the test plans of other series are (src/test/resources/plans/README.md) and which renderings each has. */
public final class OtherPlans {

    public static final Path DIR = Path.of("src", "test", "resources", "plans");

    /** The file name endings of a plan's renderings: stem + "." + rendering. */
    public static final List<String> RENDERINGS = List.of("ruled.pdf", "unruled.pdf", "chromium.pdf", "docx", "hwp",
            "hwpx", "html");

    private OtherPlans() {
    }
}
