package org.reloadj.security;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.reloadj.api.NodeId;
import org.reloadj.security.keys.KeyPairs;

/**
 * Test support: an in-test certificate authority (root, intermediates) and node certificates of
 * every shape, good and bad, made with Bouncy Castle; a fixed clock; cached key pairs.
 */
public final class TestPki {
    public static final String OVERLAY = "overlay.example.org";
    public static final int NODE_ID_LENGTH = 16;
    public static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static final Map<KeyAlgorithm, List<KeyPair>> KEYS = new EnumMap<>(KeyAlgorithm.class);
    private static final AtomicLong SERIAL = new AtomicLong(1000);

    private TestPki() {
    }

    /** A clock that stays where it is put. */
    public static final class MutableClock extends Clock {
        private volatile Instant now;

        public MutableClock(Instant now) {
            this.now = now;
        }

        public void set(Instant instant) {
            this.now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    /** The i-th cached key pair of {@code algorithm} (RSA generation is slow). */
    public static synchronized KeyPair key(KeyAlgorithm algorithm, int i) {
        List<KeyPair> list = KEYS.computeIfAbsent(algorithm, a -> new ArrayList<>());
        while (list.size() <= i) {
            list.add(KeyPairs.generate(algorithm));
        }
        return list.get(i);
    }

    /** A key pair the JCA makes: e.g. ("RSA", 1024), ("EC", "secp384r1"), ("Ed25519", null). */
    public static KeyPair jcaKey(String algorithm, Object parameter) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance(algorithm);
            if (parameter instanceof Integer bits) {
                g.initialize(bits);
            } else if (parameter instanceof String curve) {
                g.initialize(new ECGenParameterSpec(curve));
            }
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A 16-byte Node-ID made of {@code b}. */
    public static NodeId nodeId(int b) {
        byte[] bytes = new byte[NODE_ID_LENGTH];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (b + i);
        }
        return NodeId.of(bytes);
    }

    /** A root CA with an ECDSA key, valid a year around {@link #NOW}. */
    public static Ca root(String cn) {
        return root(cn, key(KeyAlgorithm.ECDSA_P256, 9));
    }

    /** A root CA with this key. */
    public static Ca root(String cn, KeyPair keys) {
        X500Name name = new X500Name("CN=" + cn);
        return new Ca(sign(ca(name, name, keys, true), keys), keys, List.of());
    }

    /** A certificate authority: its certificate, key and the intermediates below the root. */
    public record Ca(X509Certificate cert, KeyPair keys, List<X509Certificate> intermediates) {

        /** An intermediate CA issued by this one. */
        public Ca intermediate(String cn) {
            return intermediate(cn, true, NOW.minus(Duration.ofDays(100)), NOW.plus(Duration.ofDays(100)));
        }

        /** An intermediate CA, with or without cA=true, valid in this window. */
        public Ca intermediate(String cn, boolean isCa, Instant from, Instant to) {
            return intermediate(cn, isCa, from, to, key(KeyAlgorithm.ECDSA_P256, 10 + intermediates.size()));
        }

        /** An intermediate CA with this key. */
        public Ca intermediate(String cn, boolean isCa, Instant from, Instant to, KeyPair k) {
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name(), serial(), Date.from(from), Date.from(to),
                    new X500Name("CN=" + cn), k.getPublic());
            extensions(b, isCa);
            List<X509Certificate> below = new ArrayList<>();
            X509Certificate cert = sign(b, keys);
            below.add(cert);
            below.addAll(intermediates);
            return new Ca(cert, k, List.copyOf(below));
        }

        /** A node certificate builder, issued by this CA. */
        public Node node(KeyPair key, NodeId... ids) {
            return new Node(this, key, List.of(ids));
        }

        X500Name name() {
            return X500Name.getInstance(cert.getSubjectX500Principal().getEncoded());
        }
    }

    /** A self-signed node certificate builder. */
    public static Node selfSigned(KeyPair key, NodeId... ids) {
        return new Node(null, key, List.of(ids));
    }

    /** A node certificate in the making; every property can be made wrong on purpose. */
    public static final class Node {
        private final Ca issuer;
        private final KeyPair key;
        private final List<NodeId> ids;
        private String userName = "alice@example.org";
        private String overlay = OVERLAY;
        private String subject = "";
        private final List<GeneralName> extraNames = new ArrayList<>();
        private boolean customSan;
        private GeneralNames san;
        private Instant from = NOW.minus(Duration.ofDays(1));
        private Instant to = NOW.plus(Duration.ofDays(30));

        Node(Ca issuer, KeyPair key, List<NodeId> ids) {
            this.issuer = issuer;
            this.key = key;
            this.ids = ids;
        }

        public Node userName(String name) {
            this.userName = name;
            return this;
        }

        public Node overlay(String name) {
            this.overlay = name;
            return this;
        }

        public Node subject(String dn) {
            this.subject = dn;
            return this;
        }

        public Node extraName(GeneralName name) {
            extraNames.add(name);
            return this;
        }

        /** Replaces the whole subjectAltName (null: none at all). */
        public Node san(GeneralNames names) {
            this.san = names;
            this.customSan = true;
            return this;
        }

        public Node valid(Instant notBefore, Instant notAfter) {
            this.from = notBefore;
            this.to = notAfter;
            return this;
        }

        public X509Certificate build() {
            X500Name issuerName = issuer != null ? issuer.name() : new X500Name("CN=" + userName);
            X500Name subjectName = subject.isEmpty() ? new X500Name(new org.bouncycastle.asn1.x500.RDN[0])
                    : new X500Name(subject);
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuerName, serial(), Date.from(from),
                    Date.from(to), subjectName, key.getPublic());
            try {
                GeneralNames names = sanNames();
                if (names != null) {
                    b.addExtension(Extension.subjectAlternativeName, subject.isEmpty(), names);
                }
                b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            return sign(b, issuer != null ? issuer.keys() : key);
        }

        /** The certificate and the chain to send: it, then the intermediates. */
        public Credentials credentials() throws ReloadSecurityException {
            X509Certificate cert = build();
            List<X509Certificate> chain = new ArrayList<>();
            chain.add(cert);
            if (issuer != null) {
                chain.addAll(issuer.intermediates());
            }
            return new Credentials(key.getPrivate(), ReloadCertificate.parse(cert, NODE_ID_LENGTH), chain);
        }

        private GeneralNames sanNames() {
            if (customSan) {
                return san;
            }
            List<GeneralName> names = new ArrayList<>(List.of(SubjectAltNames.of(ids, overlay, userName).getNames()));
            names.addAll(extraNames);
            return new GeneralNames(names.toArray(GeneralName[]::new));
        }
    }

    private static X509v3CertificateBuilder ca(X500Name issuer, X500Name subject, KeyPair keys, boolean isCa) {
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer, serial(),
                Date.from(NOW.minus(Duration.ofDays(365))), Date.from(NOW.plus(Duration.ofDays(365))), subject,
                keys.getPublic());
        extensions(b, isCa);
        return b;
    }

    private static void extensions(X509v3CertificateBuilder b, boolean isCa) {
        try {
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(isCa ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                    : KeyUsage.digitalSignature));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder b, KeyPair signer) {
        String algorithm = signer.getPrivate().getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
        try {
            return new JcaX509CertificateConverter().getCertificate(
                    b.build(new JcaContentSignerBuilder(algorithm).build(signer.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIAL.incrementAndGet());
    }
}
