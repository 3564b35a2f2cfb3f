package org.reloadj.config;

import org.reloadj.config.internal.write.DocumentWriter;

/**
 * Writes an overlay configuration document (RFC 6940, 11.1) as UTF-8 XML: each configuration
 * followed by its signatures, values equal to the RFC's defaults left out. Reading the result with
 * {@link ConfigurationParser} gives equal {@link OverlayConfiguration}s.
 *
 * <p>Writing produces new bytes, so signatures read from another document do not cover them:
 * sign the written document with {@link ConfigurationSigner}, which signs bytes in place.
 */
public final class ConfigurationWriter {
    private ConfigurationWriter() {
    }

    /** The document's bytes. */
    public static byte[] write(OverlayConfigurations document) {
        return DocumentWriter.write(document);
    }
}
