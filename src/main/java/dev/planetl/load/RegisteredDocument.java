package dev.planetl.load;

import java.nio.file.Path;

/**
 * A document of the registry as a run sees it.
 *
 * @param id registry id
 * @param sha256 SHA-256 of the file's bytes, hex
 * @param path the file's path relative to the ingested folder
 * @param file the file on disk
 * @param planYearOverride the plan year a steward set in the manifest, or null
 */
public record RegisteredDocument(long id, String sha256, String path, Path file, Integer planYearOverride) {
}
