package org.reloadj.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.reloadj.config.internal.xml.DocumentParser;

/**
 * Reads an overlay configuration document (RFC 6940, 11.1) from its bytes, with the JDK's StAX
 * parser hardened for input from the network: document type declarations are refused before any
 * parser sees the document (so no entity is ever expanded and no file or URL fetched), the size is
 * bounded, and so is the element depth.
 *
 * <p>Reading is lenient about values: a value its datatype refuses leaves the RFC default in the
 * model, and {@link ConfigurationValidator} reports it with the grammar check. What cannot be
 * read at all is a {@link ConfigurationException}. Instances are immutable and thread-safe.
 */
public final class ConfigurationParser {
    /** The largest document read by default: 1 MiB. */
    public static final int DEFAULT_MAX_BYTES = 1 << 20;
    /** The deepest element nesting read by default. */
    public static final int DEFAULT_MAX_DEPTH = 64;

    private final int maxBytes;
    private final int maxDepth;

    /** A parser with these limits. */
    public ConfigurationParser(int maxBytes, int maxDepth) {
        if (maxBytes <= 0 || maxDepth <= 2) {
            throw new IllegalArgumentException("limits too small: " + maxBytes + " bytes, depth " + maxDepth);
        }
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
    }

    /** A parser with the default limits (1 MiB, depth 64). */
    public ConfigurationParser() {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH);
    }

    /** The largest document this parser reads, in bytes. */
    public int maxBytes() {
        return maxBytes;
    }

    /**
     * Reads a document from its bytes; the result keeps a copy.
     *
     * @throws ConfigurationException when the document cannot be read (see the class comment)
     */
    public OverlayConfigurations parse(byte[] document) throws ConfigurationException {
        checkSize(document.length);
        return DocumentParser.parse(document.clone(), maxDepth).document();
    }

    /** Reads a document from a stream, reading no more than the limit allows. */
    public OverlayConfigurations parse(InputStream in) throws ConfigurationException, IOException {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        checkSize(bytes.length);
        return DocumentParser.parse(bytes, maxDepth).document();
    }

    /** Reads a document from a file, refusing it without reading when it is too large. */
    public OverlayConfigurations parse(Path file) throws ConfigurationException, IOException {
        checkSize(Files.size(file));
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        }
    }

    private void checkSize(long size) throws ConfigurationException {
        if (size > maxBytes) {
            throw new ConfigurationException("document larger than " + maxBytes + " bytes");
        }
    }
}
