package org.reloadj.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The documents the tests read: the example of RFC 6940, 11.1 and small hand-written ones. */
final class TestDocuments {
    private TestDocuments() {
    }

    /** The example document printed in RFC 6940, 11.1. */
    static byte[] rfcExample() {
        return resource("rfc6940-example.xml");
    }

    static byte[] resource(String name) {
        try (InputStream in = TestDocuments.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document of one configuration element around {@code parameters}. */
    static byte[] wrap(String parameters) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<overlay xmlns=\"urn:ietf:params:xml:ns:p2p:config-base\"\n"
                + "         xmlns:chord=\"urn:ietf:params:xml:ns:p2p:config-chord\">\n"
                + "  <configuration instance-name=\"overlay.example.org\" sequence=\"7\">\n"
                + parameters
                + "  </configuration>\n"
                + "</overlay>\n").getBytes(StandardCharsets.UTF_8);
    }
}
