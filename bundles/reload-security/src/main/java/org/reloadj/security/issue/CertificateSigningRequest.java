package org.reloadj.security.issue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.pkcs.Attribute;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.keys.PemFiles;

/**
 * A PKCS#10 certificate request (RFC 2986) as the enrollment protocol carries it in its
 * {@code csr} form parameter (RFC 6940, 11.3), checked: its self-signature verifies (the
 * requester holds the private key), it is signed with SHA-256 or stronger, and its key is one
 * {@link KeyAlgorithm#of(PublicKey)} accepts: RSA of 2048 bits or more, or ECDSA P-256.
 *
 * <p>The request's subject and any subjectAltName it asks for are not copied into the
 * certificate: the enrollment server chooses the Node-IDs and derives the user name from the
 * account. A requested rfc822Name (in an extensionRequest or as the subject's emailAddress) is
 * exposed by {@link #requestedUserName()} so that the server can refuse a name the account may
 * not use.
 */
public final class CertificateSigningRequest {
    private static final Set<ASN1ObjectIdentifier> SIGNATURE_ALGORITHMS = Set.of(
            PKCSObjectIdentifiers.sha256WithRSAEncryption, PKCSObjectIdentifiers.sha384WithRSAEncryption,
            PKCSObjectIdentifiers.sha512WithRSAEncryption, PKCSObjectIdentifiers.id_RSASSA_PSS,
            X9ObjectIdentifiers.ecdsa_with_SHA256, X9ObjectIdentifiers.ecdsa_with_SHA384,
            X9ObjectIdentifiers.ecdsa_with_SHA512);

    private final PKCS10CertificationRequest request;
    private final PublicKey publicKey;

    private CertificateSigningRequest(PKCS10CertificationRequest request, PublicKey publicKey) {
        this.request = request;
        this.publicKey = publicKey;
    }

    /**
     * Parses and checks a request given as DER, as PEM ({@code CERTIFICATE REQUEST}) or as bare
     * base64 of the DER.
     *
     * @throws BadCsrException when the bytes are no request, its signature does not verify or its
     *                         key is refused
     */
    public static CertificateSigningRequest parse(byte[] encoded) throws BadCsrException {
        PKCS10CertificationRequest request = decode(encoded);
        if (!SIGNATURE_ALGORITHMS.contains(request.getSignatureAlgorithm().getAlgorithm())) {
            throw new BadCsrException("signature algorithm " + request.getSignatureAlgorithm().getAlgorithm()
                    + " refused: SHA-256 or stronger with RSA or ECDSA");
        }
        try {
            PublicKey key = new JcaPKCS10CertificationRequest(request).getPublicKey();
            KeyAlgorithm.of(key);
            if (!request.isSignatureValid(new JcaContentVerifierProviderBuilder().build(key))) {
                throw new BadCsrException("the request's self-signature does not verify");
            }
            return new CertificateSigningRequest(request, key);
        } catch (GeneralSecurityException | ReloadSecurityException e) {
            throw new BadCsrException(e.getMessage(), e);
        } catch (OperatorCreationException | PKCSException | RuntimeException e) {
            throw new BadCsrException("cannot verify the request: " + e.getMessage(), e);
        }
    }

    /**
     * A new request for {@code keyPair} (RSA or EC), signed with it using SHA-256: an empty
     * subject and, when a user name is given, an extensionRequest for a subjectAltName holding
     * that one rfc822Name. Any size of key is accepted here; the CA judges it.
     */
    public static CertificateSigningRequest create(KeyPair keyPair, Optional<UserName> userName) {
        PublicKey key = keyPair.getPublic();
        String signatureAlgorithm = "RSA".equals(key.getAlgorithm()) ? "SHA256withRSA" : "SHA256withECDSA";
        try {
            JcaPKCS10CertificationRequestBuilder builder =
                    new JcaPKCS10CertificationRequestBuilder(new X500Name(new RDN[0]), key);
            if (userName.isPresent()) {
                ExtensionsGenerator extensions = new ExtensionsGenerator();
                extensions.addExtension(Extension.subjectAlternativeName, false,
                        new GeneralNames(new GeneralName(GeneralName.rfc822Name, userName.get().value())));
                builder.addAttribute(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest, extensions.generate());
            }
            PKCS10CertificationRequest request = builder.build(
                    new JcaContentSignerBuilder(signatureAlgorithm).build(keyPair.getPrivate()));
            return new CertificateSigningRequest(request, key);
        } catch (OperatorCreationException | IOException e) {
            throw new IllegalArgumentException("cannot make a certificate request for this key: " + e.getMessage(), e);
        }
    }

    /** The key to certify. */
    public PublicKey publicKey() {
        return publicKey;
    }

    /**
     * The user name the request asks for, if any: the rfc822Name of a requested subjectAltName,
     * or else the subject's emailAddress.
     *
     * @throws BadCsrException when the request asks for more than one name
     */
    public Optional<String> requestedUserName() throws BadCsrException {
        List<String> names = new ArrayList<>();
        try {
            for (Attribute a : request.getAttributes(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest)) {
                for (ASN1Encodable value : a.getAttrValues()) {
                    names.addAll(rfc822Names(Extensions.getInstance(value)));
                }
            }
            for (RDN rdn : request.getSubject().getRDNs(BCStyle.EmailAddress)) {
                names.add(((ASN1String) rdn.getFirst().getValue()).getString());
            }
        } catch (RuntimeException e) {
            throw new BadCsrException("malformed user name in the request: " + e.getMessage(), e);
        }
        if (names.stream().distinct().count() > 1) {
            throw new BadCsrException("the request asks for more than one user name: " + names);
        }
        return names.stream().findFirst();
    }

    private static List<String> rfc822Names(Extensions extensions) {
        GeneralNames san = GeneralNames.fromExtensions(extensions, Extension.subjectAlternativeName);
        List<String> names = new ArrayList<>();
        for (GeneralName n : san == null ? new GeneralName[0] : san.getNames()) {
            if (n.getTagNo() == GeneralName.rfc822Name) {
                names.add(((ASN1String) n.getName()).getString());
            }
        }
        return names;
    }

    /** The DER encoding of the request. */
    public byte[] der() {
        try {
            return request.getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException("a parsed request has an encoding", e);
        }
    }

    private static PKCS10CertificationRequest decode(byte[] encoded) throws BadCsrException {
        try {
            return new PKCS10CertificationRequest(der(encoded));
        } catch (IOException | RuntimeException e) {
            throw new BadCsrException("not a PKCS#10 certificate request: " + e.getMessage(), e);
        }
    }

    private static byte[] der(byte[] encoded) throws BadCsrException {
        if (encoded.length > 0 && encoded[0] == 0x30) {
            return encoded;
        }
        String text = new String(encoded, StandardCharsets.US_ASCII);
        if (text.contains("-----BEGIN")) {
            List<byte[]> blocks = new ArrayList<>(PemFiles.decode(text, PemFiles.CERTIFICATE_REQUEST));
            blocks.addAll(PemFiles.decode(text, "NEW " + PemFiles.CERTIFICATE_REQUEST));
            if (blocks.size() != 1) {
                throw new BadCsrException("expected one PEM block " + PemFiles.CERTIFICATE_REQUEST + ", found " + blocks.size());
            }
            return blocks.get(0);
        }
        try {
            return Base64.getMimeDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new BadCsrException("neither DER, PEM nor base64 of a certificate request", e);
        }
    }
}
