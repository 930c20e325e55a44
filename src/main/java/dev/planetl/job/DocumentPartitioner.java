package dev.planetl.job;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Splits a run's pending documents into partitions of the process step, by writing each document's partition
 * into {@code staging.run_document.part}. The assignment is made once per run and kept: on a restart the same
 * partitions come back, each reading only its documents that are still pending, so a document is never in two
 * partitions and none is forgotten. Documents are dealt largest first, in a snake order over the partitions,
 * so that the partitions carry about the same number of bytes.
 */
public class DocumentPartitioner implements Partitioner {

    /** The execution-context key of a partition's number. */
    public static final String PART = "part";

    private final JdbcTemplate jdbc;
    private final long runId;

    public DocumentPartitioner(JdbcTemplate jdbc, long runId) {
        this.jdbc = jdbc;
        this.runId = runId;
    }

    /**
     * @param gridSize the most partitions wanted; fewer when the run has fewer pending documents, and on a restart
     *     as many as the first split made
     */
    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int parts = assign(gridSize);
        Map<String, ExecutionContext> out = new LinkedHashMap<>();
        for (int i = 0; i < parts; i++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(PART, i);
            out.put("partition" + i, context);
        }
        return out;
    }

    private int assign(int gridSize) {
        Integer assigned = jdbc.queryForObject(
                "select max(part) + 1 from staging.run_document where run_id = ? and action = 'process'",
                Integer.class, runId);
        if (assigned != null) {
            return assigned;
        }
        int pending = jdbc.queryForObject("""
                select count(*) from staging.run_document
                where run_id = ? and action = 'process' and state = 'pending'""", Integer.class, runId);
        int parts = Math.max(1, Math.min(gridSize, pending));
        jdbc.update("""
                update staging.run_document r set part = a.part
                from (select r2.document_id, row_number() over (order by d.size_bytes desc, d.path) - 1 as n
                      from staging.run_document r2 join staging.document d on d.id = r2.document_id
                      where r2.run_id = ? and r2.action = 'process' and r2.state = 'pending') o,
                     lateral (select case when (o.n / ?) % 2 = 0 then o.n % ? else ? - 1 - o.n % ? end as part) a
                where r.run_id = ? and r.document_id = o.document_id""",
                runId, parts, parts, parts, parts, runId);
        return parts;
    }
}
