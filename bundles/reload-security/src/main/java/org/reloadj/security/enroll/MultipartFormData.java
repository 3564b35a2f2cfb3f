package org.reloadj.security.enroll;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A multipart/form-data body (RFC 7578, which obsoletes the RFC 2388 that RFC 6940, 11.3
 * cites): text fields sent as UTF-8 without a Content-Type of their own, and file fields with a
 * file name and a Content-Type, their content sent as binary. The boundary is random.
 */
public final class MultipartFormData {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] CRLF = {'\r', '\n'};

    private final String boundary;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    /** An empty body with a fresh random boundary. */
    public MultipartFormData() {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        this.boundary = "reloadj-" + HexFormat.of().formatHex(random);
    }

    /**
     * Adds a text field.
     *
     * @throws IllegalArgumentException when the name is not a token of printable ASCII
     */
    public MultipartFormData field(String name, String value) {
        part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Adds a file field with its file name and media type. */
    public MultipartFormData file(String name, String fileName, String contentType, byte[] content) {
        part(name, fileName, contentType, content);
        return this;
    }

    /** The Content-Type header of the request, with the boundary. */
    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The body, closed by the final boundary. */
    public byte[] toByteArray() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(body.toByteArray());
        out.writeBytes(ascii("--" + boundary + "--"));
        out.writeBytes(CRLF);
        return out.toByteArray();
    }

    private void part(String name, String fileName, String contentType, byte[] content) {
        StringBuilder headers = new StringBuilder("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(quotable(name)).append('"');
        if (fileName != null) {
            headers.append("; filename=\"").append(quotable(fileName)).append('"');
        }
        headers.append("\r\n");
        if (contentType != null) {
            headers.append("Content-Type: ").append(quotable(contentType)).append("\r\n");
        }
        headers.append("\r\n");
        body.writeBytes(ascii(headers.toString()));
        body.writeBytes(content);
        body.writeBytes(CRLF);
    }

    private static String quotable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                throw new IllegalArgumentException("not a printable ASCII name without quotes: " + s);
            }
        }
        return s;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
