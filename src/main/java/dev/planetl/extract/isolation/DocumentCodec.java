package dev.planetl.extract.isolation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import dev.planetl.extract.Block;
import dev.planetl.extract.Document;
import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.Heading;
import dev.planetl.extract.Paragraph;
import dev.planetl.extract.Table;

import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The lines parent and extraction child exchange, one JSON object per line (JSON escapes every line break inside
 * a string, so a line is a whole message). A request names the file; a response carries the whole document model
 * (records as they are, blocks tagged with their type) or the failure's reason and message. Doubles are written
 * in their shortest exact form, so a document crosses unchanged ({@code equals} holds). Thread-safe.
 */
final class DocumentCodec {

    /** The child's first line, once its extractors are built. */
    static final String READY = "{\"ready\":true}";

    /** The child's answer to a park request: it listens on the socket now, or could not. */
    static final String PARKED = "{\"parked\":true}";
    static final String NOT_PARKED = "{\"parked\":false}";

    /**
     * A request: the file to extract, as an absolute path; or, with {@code park} set instead, to listen on that
     * Unix-domain socket for a later pool for {@code idleMillis} ({@link ChildParking}).
     */
    record Request(String path, String park, Long idleMillis) {
    }

    /**
     * A response: the document, or the failure's reason and message; {@code retire} when the child stops after
     * this answer (an abandoned worker thread may still run in it).
     */
    record Response(Document document, ExtractionException.Reason reason, String message, boolean retire) {

        static Response of(Document document) {
            return new Response(document, null, null, false);
        }

        static Response failed(ExtractionException e, boolean retire) {
            return new Response(null, e.reason(), e.getMessage(), retire);
        }
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(value = Heading.class, name = "heading"),
            @JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
            @JsonSubTypes.Type(value = Table.class, name = "table")})
    private interface BlockTypes {
    }

    private final JsonMapper json = JsonMapper.builder()
            .addMixIn(Block.class, BlockTypes.class)
            .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    String request(Path file) {
        return json.writeValueAsString(new Request(file.toAbsolutePath().toString(), null, null));
    }

    String park(Path socket, Duration idle) {
        return json.writeValueAsString(new Request(null, socket.toAbsolutePath().toString(), idle.toMillis()));
    }

    Request parsedRequest(String requestLine) {
        return json.readValue(requestLine, Request.class);
    }

    String response(Response response) {
        return json.writeValueAsString(response);
    }

    /** @throws JacksonException when the line is not a response */
    Response response(String line) {
        return json.readValue(line, Response.class);
    }
}
