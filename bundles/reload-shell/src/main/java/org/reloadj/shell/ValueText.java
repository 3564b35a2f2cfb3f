package org.reloadj.shell;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import java.util.HexFormat;
import org.reloadj.api.Opaque;

/**
 * A stored value as an operator reads it: text when it is printable UTF-8, a certificate as PEM
 * (the Certificate Store's values, RFC 6940, 8), anything else as hex.
 */
public final class ValueText {
    private static final Base64.Encoder PEM = Base64.getMimeEncoder(64, new byte[] {'\n'});

    private ValueText() {
    }

    /** The value as text, PEM or hex. */
    public static String of(Opaque value) {
        byte[] bytes = value.toByteArray();
        if (isCertificate(bytes)) {
            return "-----BEGIN CERTIFICATE-----\n" + PEM.encodeToString(bytes) + "\n-----END CERTIFICATE-----";
        }
        String text = printable(bytes);
        return text != null ? text : HexFormat.of().formatHex(bytes);
    }

    private static boolean isCertificate(byte[] bytes) {
        if (bytes.length < 2 || bytes[0] != 0x30) {
            return false;
        }
        try {
            ByteArrayInputStream in = new ByteArrayInputStream(bytes);
            CertificateFactory.getInstance("X.509").generateCertificate(in);
            return in.available() == 0;
        } catch (CertificateException | RuntimeException e) {
            return false;
        }
    }

    private static String printable(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            boolean plain = text.codePoints().allMatch(c -> c == '\n' || c == '\t' || c == '\r' || !Character.isISOControl(c));
            return plain ? text : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
