package dev.planetl.job;

import dev.planetl.extract.Document;
import dev.planetl.extract.FileExtraction;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractionGateTest {

    /** Holds every caller until four have arrived or a second passed, noting how many were inside at once. */
    private static final class Crowd implements FileExtraction, AutoCloseable {
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        final CountDownLatch arrived = new CountDownLatch(4);
        boolean closed;

        @Override
        public Document extract(Path file) {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            arrived.countDown();
            try {
                arrived.await(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inside.decrementAndGet();
            return null;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void fourThreadsThroughAGateOfTwoExtractTwoAtATime() throws Exception {
        Crowd crowd = new Crowd();
        ExtractionGate gate = new ExtractionGate(crowd, 2);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Document>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Path file = Path.of("doc" + i + ".txt");
                calls.add(threads.submit(() -> gate.extract(file)));
            }
            for (Future<Document> call : calls) {
                call.get(10, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(crowd.most.get()).isEqualTo(2);
        gate.close();
        assertThat(crowd.closed).isTrue();
    }
}
