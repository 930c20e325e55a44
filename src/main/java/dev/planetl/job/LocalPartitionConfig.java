package dev.planetl.job;

import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** Runs the process step's partitions on {@link Parallelism#threads()} threads of this process. */
@Configuration
public class LocalPartitionConfig {

    @Bean
    public ThreadPoolTaskExecutor partitionExecutor(Parallelism parallelism) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(parallelism.threads());
        executor.setMaxPoolSize(parallelism.threads());
        executor.setThreadNamePrefix("process-");
        // a partition still running when the context closes belongs to a run that failed or was stopped:
        // its documents stay pending for the restart
        executor.setWaitForTasksToCompleteOnShutdown(false);
        return executor;
    }

    @Bean
    public PartitionHandler processPartitionHandler(Parallelism parallelism, Step processDocumentsStep,
                                                    ThreadPoolTaskExecutor partitionExecutor) {
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(processDocumentsStep);
        handler.setTaskExecutor(partitionExecutor);
        handler.setGridSize(parallelism.partitions());
        return handler;
    }
}
