package dev.planetl.extract;

import java.util.Map;
import java.util.Objects;

/**
 * What a file says about itself.
 *
 * @param format the detected format, never null
 * @param mediaType the media type Tika detected, e.g. {@code application/pdf}
 * @param title the title the file declares, or null
 * @param created the creation date as the file prints it (ISO-8601 where known), or null
 * @param pageCount pages where the format has them, else null
 * @param producer the program that wrote the file, or null
 * @param extra anything else worth keeping (author, charset …), never null
 */
public record DocumentMetadata(DocumentFormat format, String mediaType, String title, String created,
                               Integer pageCount, String producer, Map<String, String> extra) {

    public DocumentMetadata {
        Objects.requireNonNull(format, "format");
        extra = Map.copyOf(extra);
    }

    public static DocumentMetadata of(DocumentFormat format, String mediaType) {
        return new DocumentMetadata(format, mediaType, null, null, null, null, Map.of());
    }
}
