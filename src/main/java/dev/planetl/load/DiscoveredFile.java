package dev.planetl.load;

import java.nio.file.Path;

/**
 * A file found under the ingested folder.
 *
 * @param file the file on disk
 * @param relativePath its path relative to the folder, with forward slashes
 * @param sha256 SHA-256 of its bytes, hex
 * @param size its size in bytes
 */
public record DiscoveredFile(Path file, String relativePath, String sha256, long size) {
}
