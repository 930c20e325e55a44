package dev.planetl.job;

import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;

import javax.sql.DataSource;

/**
 * What every planetl batch context shares, the ingest's and a worker's: the job repository in the warehouse's
 * {@code batch} schema, so that the process that splits a run and the processes that read its partitions see the
 * same step executions.
 */
@Configuration
@EnableBatchProcessing
@EnableJdbcJobRepository(tablePrefix = "batch.BATCH_")
public class BatchConfig {

    @Bean
    public JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    @Bean
    public JdbcTemplate jdbcTemplate(DataSource dataSource) {
        return new JdbcTemplate(dataSource);
    }
}
