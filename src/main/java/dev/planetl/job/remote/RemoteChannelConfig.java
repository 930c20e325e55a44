package dev.planetl.job.remote;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

/** What the remote manager and its workers share: the queue of partition requests and the worker registry. */
@Configuration
public class RemoteChannelConfig {

    @Bean
    public JdbcChannelMessageStore partitionRequestStore(DataSource dataSource) {
        return PartitionRequests.store(dataSource);
    }

    @Bean
    public QueueChannel partitionRequests(JdbcChannelMessageStore partitionRequestStore) {
        return PartitionRequests.channel(partitionRequestStore);
    }

    @Bean
    public WorkerRegistry workerRegistry(JdbcTemplate jdbc) {
        return new WorkerRegistry(jdbc);
    }
}
