package dev.planetl.extract;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The zip guard a package reader inflates its entries through: one count of inflated bytes for the whole package,
 * whatever the entries' headers declare, so an entry that lies about its size is caught as it inflates (the
 * central-directory check of {@link Extraction} sees only what the headers say). Past the cap a read throws
 * {@link Exceeded}; the reader turns it into its own refusal. One instance per package; not thread-safe.
 */
public final class InflationCap {

    private final long cap;
    private long inflated;

    public InflationCap(long cap) {
        this.cap = cap;
    }

    /**
     * The entry's stream, counted into the package's total. Closing it does not close {@code entry}: the caller
     * owns that (a zip stream moves to its next entry itself, an entry of a {@code ZipFile} is closed where opened).
     */
    public InputStream count(InputStream entry) {
        return new Counted(entry);
    }

    /** Thrown from a read, through whatever parser is reading, when the inflated bytes pass the cap. */
    public static final class Exceeded extends IOException {
        Exceeded() {
            super("inflation cap");
        }
    }

    private final class Counted extends FilterInputStream {

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        @Override
        public void close() {
            // the caller owns the entry stream
        }

        private void add(int n) throws Exceeded {
            inflated += n;
            if (inflated > cap) {
                throw new Exceeded();
            }
        }
    }
}
