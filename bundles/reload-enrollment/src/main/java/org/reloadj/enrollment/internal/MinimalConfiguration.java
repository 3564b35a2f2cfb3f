package org.reloadj.enrollment.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import org.reloadj.security.keys.PemFiles;

/**
 * A minimal overlay configuration document (RFC 6940, 11.1) for an overlay whose operator gave
 * none: the instance name, sequence 1, expiring with the root certificate (11.1: a configuration
 * cannot be checked once its certificates expire), CHORD-RELOAD, the Node-ID length, the root
 * certificates, the enrollment server, and the defaults of 11.1 spelled out. Element names are
 * those of the RELAX NG grammar (11.1.1), which interleaves the parameters, so their order is
 * free; {@code overlay-reliability-timer}, described in 11.1 but absent from the grammar, is
 * left out (its default, 3000 ms, applies). No bootstrap node is named: nodes learn those
 * elsewhere until the configuration bundle writes full documents.
 */
public final class MinimalConfiguration {
    private MinimalConfiguration() {
    }

    /** The UTF-8 document. */
    public static byte[] generate(String overlay, int nodeIdLength, List<X509Certificate> roots, URI enrollmentServer) {
        Instant expiration = roots.stream().map(r -> r.getNotAfter().toInstant()).min(Instant::compareTo)
                .orElseThrow(() -> new IllegalArgumentException("at least one root certificate"))
                .truncatedTo(ChronoUnit.SECONDS);
        StringBuilder xml = new StringBuilder()
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<overlay xmlns=\"urn:ietf:params:xml:ns:p2p:config-base\"\n")
                .append("         xmlns:chord=\"urn:ietf:params:xml:ns:p2p:config-chord\">\n")
                .append("  <configuration instance-name=\"").append(escape(overlay)).append("\" sequence=\"1\" expiration=\"")
                .append(expiration).append("\">\n");
        element(xml, "topology-plugin", "CHORD-RELOAD");
        element(xml, "node-id-length", Integer.toString(nodeIdLength));
        for (X509Certificate root : roots) {
            element(xml, "root-cert", Base64.getEncoder().encodeToString(PemFiles.encoded(root)));
        }
        element(xml, "enrollment-server", enrollmentServer.toString());
        element(xml, "max-message-size", "5000");
        element(xml, "initial-ttl", "100");
        element(xml, "overlay-link-protocol", "TLS");
        element(xml, "clients-permitted", "true");
        element(xml, "no-ice", "false");
        element(xml, "turn-density", "1");
        element(xml, "chord:chord-ping-interval", "3600");
        element(xml, "chord:chord-reactive", "true");
        xml.append("  </configuration>\n</overlay>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void element(StringBuilder xml, String name, String text) {
        xml.append("    <").append(name).append('>').append(escape(text)).append("</").append(name).append(">\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
