package dev.planetl.testing;

import dev.planetl.job.DocumentFailedException;
import dev.planetl.load.DocumentFacts;
import dev.planetl.load.RegisteredDocument;

/**
 * The fixture pipeline taking at least {@code delayMillis} a document, so that a test can stop or kill the JVM
 * reading it part-way, or make a worker slower than the timeouts it is watched with.
 */
public class SlowFixturePipeline extends FixturePipeline {

    private final long delayMillis;

    public SlowFixturePipeline(long delayMillis) {
        super("fixture-1");
        this.delayMillis = delayMillis;
    }

    @Override
    public DocumentFacts process(RegisteredDocument d) throws DocumentFailedException {
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return super.process(d);
    }
}
