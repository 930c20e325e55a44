package dev.planetl.job.remote;

import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.jdbc.store.channel.PostgresChannelMessageStoreQueryProvider;
import org.springframework.integration.store.MessageGroupQueue;

import javax.sql.DataSource;

/**
 * The queue of partition requests, kept in the warehouse ({@code batch.int_channel_message}, sql V18) by Spring
 * Integration's JDBC channel message store: the manager sends one {@code StepExecutionRequest} per partition, and
 * each request is taken by exactly one worker (the PostgreSQL query provider deletes the row it returns, skipping
 * rows another transaction holds). Workers poll it; a request nobody took stays in the table.
 */
public final class PartitionRequests {

    /** The message group of the process step's requests; one ingest runs at a time, so one group serves all. */
    public static final String GROUP = "planetl.process.partitions";

    private PartitionRequests() {
    }

    public static JdbcChannelMessageStore store(DataSource dataSource) {
        JdbcChannelMessageStore store = new JdbcChannelMessageStore(dataSource);
        store.setChannelMessageStoreQueryProvider(new PostgresChannelMessageStoreQueryProvider());
        store.setTablePrefix("batch.INT_");
        // a stored message is Java-serialised; only these classes may come out of the table
        store.addAllowedPatterns("org.springframework.messaging.support.GenericMessage",
                "org.springframework.messaging.MessageHeaders", "org.springframework.integration.support.*",
                "org.springframework.batch.integration.partition.StepExecutionRequest", "java.util.*", "java.lang.*");
        store.afterPropertiesSet();
        return store;
    }

    /**
     * The channel over the store. Its receive with a timeout waits for a send of this process only, so workers
     * poll it with short timeouts.
     */
    public static QueueChannel channel(JdbcChannelMessageStore store) {
        QueueChannel channel = new QueueChannel(new MessageGroupQueue(store, GROUP));
        channel.setBeanName("partitionRequests");
        return channel;
    }
}
