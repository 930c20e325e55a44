package dev.planetl.validate.constraint;

import dev.planetl.read.Finding;

import java.util.List;

/**
 * What the record constraints say about one line or total.
 *
 * @param rejected true when a fatal constraint failed: the value must not be loaded
 * @param findings one finding per violated constraint, errors for fatal ones and warnings for the others
 */
public record Verdict(boolean rejected, List<Finding> findings) {

    public Verdict {
        findings = List.copyOf(findings);
    }
}
