package dev.planetl.job.remote;

import dev.planetl.job.DocumentStepConfig;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;

/**
 * The process step of {@code planetl ingest DIR --remote}: its partitions are sent to workers through the
 * warehouse and this process only waits for them (it reads no document itself).
 */
@Configuration
@Import(RemoteChannelConfig.class)
public class RemoteManagerConfig {

    @Bean
    public PartitionHandler processPartitionHandler(JobRepository jobRepository, RemoteSettings settings,
                                                    JdbcChannelMessageStore partitionRequestStore,
                                                    QueueChannel partitionRequests, WorkerRegistry workerRegistry) {
        return new WatchedPartitionHandler(jobRepository, partitionRequestStore, workerRegistry, settings,
                new MessagingTemplate(partitionRequests), DocumentStepConfig.STEP_NAME);
    }
}
