package dev.planetl.job;

import dev.planetl.load.RegisteredDocument;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the documents of one partition of the run that are still to be processed, one item per document, in path
 * order.
 *
 * <p>Restartable by state rather than by position: a document leaves the pending set in the same transaction that
 * stages its facts or records its failure, so after a crash the restarted step reads exactly the documents whose
 * work was lost. Not thread-safe; one instance per step execution (step scope), that is per partition.
 */
public class PendingDocumentReader implements ItemReader<RegisteredDocument> {

    private final JdbcTemplate jdbc;
    private final long runId;
    private final Path root;
    private final JobDefinition definition;
    private final int part;
    private Deque<RegisteredDocument> pending;

    /** @param part the partition ({@link DocumentPartitioner#PART}) whose documents are read */
    public PendingDocumentReader(JdbcTemplate jdbc, long runId, Path root, JobDefinition definition, int part) {
        this.jdbc = jdbc;
        this.part = part;
        this.runId = runId;
        this.root = root;
        this.definition = definition;
    }

    /** @return the next pending document, or null when none is left */
    @Override
    public RegisteredDocument read() {
        if (pending == null) {
            pending = new ArrayDeque<>(jdbc.query("""
                    select d.id, d.sha256, d.path from staging.run_document r
                    join staging.document d on d.id = r.document_id
                    where r.run_id = ? and r.part = ? and r.action = 'process' and r.state = 'pending'
                    order by d.path""", (rs, i) -> {
                String path = rs.getString(3);
                String sha = rs.getString(2);
                return new RegisteredDocument(rs.getLong(1), sha, path, root.resolve(path),
                        definition.planYearOverride(path, sha));
            }, runId, part));
        }
        return pending.poll();
    }
}
