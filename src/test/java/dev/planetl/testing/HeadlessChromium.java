package dev.planetl.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Debian's chromium, run headless on a local file, as a person's browser would open it. */
public final class HeadlessChromium {

    private HeadlessChromium() {
    }

    public static Optional<Path> binary() {
        for (String p : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(p))) {
                return Optional.of(Path.of(p));
            }
        }
        return Optional.empty();
    }

    /** The DOM after the page loaded and rendered, serialised. */
    public static String dumpDom(Path html, Path profile) throws IOException, InterruptedException {
        return run(html, profile, "--dump-dom");
    }

    /** Writes a screenshot of the page and returns the PNG's path. */
    public static Path screenshot(Path html, Path profile, Path png) throws IOException, InterruptedException {
        run(html, profile, "--screenshot=" + png, "--window-size=1200,1600");
        return png;
    }

    private static String run(Path html, Path profile, String... action) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(binary().orElseThrow().toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
        cmd.addAll(List.of(action));
        cmd.add(html.toUri().toString());
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish within 60 s");
        }
        return out;
    }
}
