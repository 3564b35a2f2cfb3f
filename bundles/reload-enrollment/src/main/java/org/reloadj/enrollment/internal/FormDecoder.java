package org.reloadj.enrollment.internal;

import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.multipart.DefaultHttpDataFactory;
import io.netty.handler.codec.http.multipart.HttpData;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import io.netty.handler.codec.http.multipart.InterfaceHttpData;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the multipart/form-data body of an enrollment request (RFC 7578; RFC 6940, 11.3) into an
 * {@link EnrollmentForm}: the text fields as strict UTF-8 (a field that is not UTF-8 counts as
 * missing), the {@code csr} part as its raw bytes, whatever its Content-Type. A field sent twice
 * makes the form malformed, so no part can shadow another.
 */
public final class FormDecoder {
    private FormDecoder() {
    }

    /** Whether the request's body is multipart/form-data. */
    public static boolean isMultipart(FullHttpRequest request) {
        return HttpPostRequestDecoder.isMultipart(request);
    }

    /**
     * The form of {@code request}, which must be multipart.
     *
     * @throws IOException when the body is not a well-formed multipart form
     */
    public static EnrollmentForm decode(FullHttpRequest request) throws IOException {
        HttpPostRequestDecoder decoder = null;
        try {
            decoder = new HttpPostRequestDecoder(new DefaultHttpDataFactory(false), request, StandardCharsets.UTF_8);
            Map<String, byte[]> fields = new HashMap<>();
            for (InterfaceHttpData data : decoder.getBodyHttpDatas()) {
                if (data instanceof HttpData field && fields.putIfAbsent(field.getName(), field.get()) != null) {
                    throw new IOException("form field " + data.getName() + " appears twice");
                }
            }
            return new EnrollmentForm(text(fields, "username"), text(fields, "password"), text(fields, "nodeids"),
                    Optional.ofNullable(fields.get("csr")));
        } catch (HttpPostRequestDecoder.ErrorDataDecoderException | IllegalArgumentException | IllegalStateException e) {
            throw new IOException("malformed multipart/form-data: " + e.getMessage(), e);
        } finally {
            if (decoder != null) {
                decoder.destroy();
            }
        }
    }

    private static Optional<String> text(Map<String, byte[]> fields, String name) {
        byte[] bytes = fields.get(name);
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
