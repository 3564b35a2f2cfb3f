package org.reloadj.security.keys;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;

/**
 * PEM (RFC 7468) text of certificates ({@code CERTIFICATE}), PKCS#8 private keys
 * ({@code PRIVATE KEY}) and certificate requests ({@code CERTIFICATE REQUEST}), and the files
 * that hold them: certificate files readable by anyone, key files by their owner only.
 */
public final class PemFiles {
    /** The PEM label of an X.509 certificate. */
    public static final String CERTIFICATE = "CERTIFICATE";
    /** The PEM label of a PKCS#8 private key. */
    public static final String PRIVATE_KEY = "PRIVATE KEY";
    /** The PEM label of a PKCS#10 certificate request. */
    public static final String CERTIFICATE_REQUEST = "CERTIFICATE REQUEST";

    private static final int LINE_LENGTH = 64;

    private PemFiles() {
    }

    /** The PEM text of {@code der} under {@code label}, with 64-character lines. */
    public static String encode(String label, byte[] der) {
        String body = Base64.getMimeEncoder(LINE_LENGTH, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    /** The DER contents of every block labelled {@code label} in {@code text}, in order. */
    public static List<byte[]> decode(String text, String label) {
        Pattern block = Pattern.compile("-----BEGIN " + Pattern.quote(label) + "-----(.*?)-----END "
                + Pattern.quote(label) + "-----", Pattern.DOTALL);
        List<byte[]> blocks = new ArrayList<>();
        Matcher m = block.matcher(text);
        while (m.find()) {
            blocks.add(Base64.getMimeDecoder().decode(m.group(1)));
        }
        return blocks;
    }

    /** Writes {@code certificates} to {@code file} as PEM, readable by anyone. */
    public static void writeCertificates(Path file, List<X509Certificate> certificates) throws IOException {
        StringBuilder pem = new StringBuilder();
        for (X509Certificate c : certificates) {
            pem.append(encode(CERTIFICATE, encoded(c)));
        }
        SecureFiles.writeReadable(file, pem.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** Writes {@code key} to {@code file} as a PKCS#8 PEM block, readable by the owner only. */
    public static void writePrivateKey(Path file, PrivateKey key) throws IOException {
        SecureFiles.writeOwnerOnly(file, encode(PRIVATE_KEY, key.getEncoded()).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The certificates in {@code file}, PEM or DER, in order.
     *
     * @throws IOException when the file cannot be read or holds no certificate
     */
    public static List<X509Certificate> readCertificates(Path file) throws IOException {
        List<X509Certificate> certificates = parseCertificates(Files.readAllBytes(file));
        if (certificates.isEmpty()) {
            throw new IOException(file + " holds no certificate");
        }
        return certificates;
    }

    /** The certificates in {@code encoded}: DER, or one or more PEM blocks. */
    public static List<X509Certificate> parseCertificates(byte[] encoded) throws IOException {
        try {
            List<X509Certificate> certificates = new ArrayList<>();
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            factory.generateCertificates(new ByteArrayInputStream(encoded))
                    .forEach(c -> certificates.add((X509Certificate) c));
            return certificates;
        } catch (CertificateException e) {
            throw new IOException("not an X.509 certificate: " + e.getMessage(), e);
        }
    }

    /**
     * The PKCS#8 private key (RSA or EC) in {@code file}.
     *
     * @throws IOException when the file cannot be read or holds no usable key
     */
    public static PrivateKey readPrivateKey(Path file) throws IOException {
        List<byte[]> keys = decode(Files.readString(file, StandardCharsets.US_ASCII), PRIVATE_KEY);
        if (keys.size() != 1) {
            throw new IOException(file + " does not hold exactly one PEM block " + PRIVATE_KEY);
        }
        try {
            byte[] der = keys.get(0);
            String algorithm = PKCSObjectIdentifiers.rsaEncryption.equals(
                    PrivateKeyInfo.getInstance(der).getPrivateKeyAlgorithm().getAlgorithm()) ? "RSA" : "EC";
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException(file + " holds no usable RSA or EC private key: " + e.getMessage(), e);
        }
    }

    /** The DER encoding of {@code certificate}. */
    public static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("a parsed certificate has an encoding", e);
        }
    }
}
