package dev.planetl.extract.hwpx;

import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.ExtractionException.Reason;
import dev.planetl.extract.InflationCap;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Looks at every entry of an HWPX package before hwpxlib parses it, with the same zip view hwpxlib uses
 * ({@link ZipFile}, the central directory):
 * <ul>
 *   <li>an XML entry that declares a DOCTYPE is refused as {@link Reason#HOSTILE}: OWPML never needs one, and
 *       hwpxlib's SAX parser would resolve external entities (XXE) and expand entity bombs;</li>
 *   <li>inflated bytes are counted with a hard cap, so a zip bomb is refused as {@link Reason#TOO_LARGE} before
 *       hwpxlib inflates anything;</li>
 *   <li>a package whose manifest lists encryption data is refused as {@link Reason#ENCRYPTED}.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class HwpxPackageCheck {

    private static final String MANIFEST = "META-INF/manifest.xml";

    private final long maxInflatedBytes;
    private final int maxEntries;

    HwpxPackageCheck(long maxInflatedBytes, int maxEntries) {
        this.maxInflatedBytes = maxInflatedBytes;
        this.maxEntries = maxEntries;
    }

    void check(File file, String source) throws ExtractionException {
        try (ZipFile zip = new ZipFile(file)) {
            if (zip.size() > maxEntries) {
                throw new ExtractionException(Reason.TOO_LARGE, source + " holds " + zip.size()
                        + " zip entries, more than the " + maxEntries + " an HWPX document is allowed");
            }
            if (zip.getEntry("mimetype") == null) {
                throw new ExtractionException(Reason.CORRUPT, source
                        + " is a zip archive without the \"mimetype\" entry of an HWPX document");
            }
            InflationCap inflated = new InflationCap(maxInflatedBytes);
            // The manifest first: in an encrypted package the other parts are not XML at all.
            ZipEntry manifest = zip.getEntry(MANIFEST);
            if (manifest != null) {
                inspectEntry(zip, manifest, inflated, source);
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory() && !entry.getName().equals(MANIFEST)) {
                    inspectEntry(zip, entry, inflated, source);
                }
            }
        } catch (ExtractionException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(Reason.CORRUPT, source + " is not a readable HWPX package (damaged zip: "
                    + e.getMessage() + ")", e);
        }
    }

    private void inspectEntry(ZipFile zip, ZipEntry entry, InflationCap inflated, String source)
            throws ExtractionException, IOException {
        try (InputStream raw = zip.getInputStream(entry)) {
            InputStream in = inflated.count(raw);
            inspect(in, entry.getName(), source);
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (InflationCap.Exceeded e) {
            throw new ExtractionException(Reason.TOO_LARGE, source + " inflates past " + maxInflatedBytes
                    + " bytes (reached at entry " + entry.getName() + "); a zip bomb or a document far larger than"
                    + " any plan, so it is refused");
        }
    }

    /**
     * Parses every entry with a locked-down parser that stops at a DOCTYPE. Entries are not sniffed first: XML
     * may open with whitespace or in UTF-16 without a mark, and the JDK parser hwpxlib uses would read it.
     */
    private static void inspect(InputStream in, String name, String source) throws ExtractionException, IOException {
        boolean mustParse = hwpxlibParses(name);
        ManifestWatcher handler = new ManifestWatcher(name.equals(MANIFEST));
        try {
            XMLReader reader = lockedDownFactory().newSAXParser().getXMLReader();
            reader.setContentHandler(handler);
            reader.setProperty("http://xml.org/sax/properties/lexical-handler", handler);
            reader.setEntityResolver(handler);
            reader.setErrorHandler(handler);
            // The parser closes its input when done; the entry is drained and closed by check().
            reader.parse(new InputSource(new FilterInputStream(in) {
                @Override
                public void close() {
                }
            }));
        } catch (DoctypeFound e) {
            throw new ExtractionException(Reason.HOSTILE, source + ": entry " + name
                    + " declares a DOCTYPE (document type definition); HWPX never needs one and it can make the"
                    + " XML parser read other files or expand entities without bound, so the file is refused");
        } catch (InflationCap.Exceeded e) {
            throw e;
        } catch (SAXException | ParserConfigurationException e) {
            if (mustParse) {
                throw new ExtractionException(Reason.CORRUPT, source + ": entry " + name
                        + " is not well-formed XML (" + e.getMessage() + ")");
            }
            // An entry that only looks like XML (a text preview starting with '<'): hwpxlib does not parse it.
            return;
        }
        if (handler.encrypted) {
            throw new ExtractionException(Reason.ENCRYPTED, source + " is a password-protected HWPX file (its"
                    + " manifest lists encrypted entries); save it without a password and run again");
        }
    }

    /** Entries hwpxlib parses as XML by their name: version.xml, settings.xml, META-INF/*.xml, content.hpf, Contents/*.xml. */
    private static boolean hwpxlibParses(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".hpf") || lower.endsWith(".rdf");
    }

    private static SAXParserFactory lockedDownFactory() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory;
    }

    private static final class DoctypeFound extends SAXException {
        DoctypeFound() {
            super("DOCTYPE");
        }
    }

    private static final class ManifestWatcher extends DefaultHandler2 {
        private final boolean manifest;
        private boolean encrypted;

        ManifestWatcher(boolean manifest) {
            this.manifest = manifest;
        }

        @Override
        public void startDTD(String name, String publicId, String systemId) throws SAXException {
            throw new DoctypeFound();
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
            throw new DoctypeFound();
        }

        @Override
        public InputSource resolveEntity(String name, String publicId, String baseURI, String systemId)
                throws SAXException {
            throw new DoctypeFound();
        }

        @Override
        public InputSource getExternalSubset(String name, String baseURI) throws SAXException {
            throw new DoctypeFound();
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (manifest && qName.endsWith("encryption-data")) {
                encrypted = true;
            }
        }
    }
}
