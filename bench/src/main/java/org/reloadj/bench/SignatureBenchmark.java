package org.reloadj.bench;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import java.security.SecureRandom;
import java.security.Security;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.reloadj.api.registry.HashAlgorithm;
import org.reloadj.security.CertificateValidator;
import org.reloadj.security.Credentials;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.SelfSignedPolicy;
import org.reloadj.security.TrustAnchors;
import org.reloadj.security.crypto.NativeProvider;
import org.reloadj.security.selfsigned.SelfSignedCredentials;
import org.reloadj.security.selfsigned.SelfSignedRequest;
import org.reloadj.security.signature.CertificateSource;
import org.reloadj.security.signature.MessageSigner;
import org.reloadj.security.signature.MessageVerifier;
import org.reloadj.security.signature.NodeSigner;
import org.reloadj.security.signature.SignatureVerifier;
import org.reloadj.security.signature.VerifiedSigner;
import org.reloadj.wire.message.ReloadMessage;

/**
 * Message signing and verification (RFC 6940, 6.3.4) with each key algorithm, on small
 * messages: sign, verify with warm caches (the steady state: the signer's certificate was
 * validated before, its hash is matched in the security block and its converted key reused), and
 * verify by a fresh verifier (as for the first message of a signer). The signer holds
 * self-signed credentials, so no certificate authority is needed.
 * Run: {@code java -jar bench/target/benchmarks.jar SignatureBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SignatureBenchmark {
    private static final SelfSignedPolicy POLICY = SelfSignedPolicy.permitted(HashAlgorithm.SHA256);

    @Param({"RSA_2048", "ECDSA_P256"})
    public String algorithm;

    @Param({"PingReq", "FetchReq"})
    public String message;

    /**
     * Who computes the signature values: Bouncy Castle's lightweight API ({@code bc}), or the
     * Amazon Corretto Crypto Provider installed as a JCA provider ({@code native}), as
     * {@code bin/reloadj} does when it loads.
     */
    @Param({"bc", "native"})
    public String crypto;

    private MessageSigner signer;
    private MessageVerifier verifier;
    private ReloadMessage unsigned;
    private ReloadMessage signed;

    @Setup
    public void setUp() throws ReloadSecurityException {
        if ("native".equals(crypto)) {
            Security.addProvider(AmazonCorrettoCryptoProvider.INSTANCE);
            System.clearProperty(NativeProvider.PROPERTY);
        } else {
            System.setProperty(NativeProvider.PROPERTY, "none");
        }
        Credentials credentials = new SelfSignedCredentials(Clock.systemUTC(), new SecureRandom()).create(
                SelfSignedRequest.of("bench@example.org", "overlay.example.org")
                        .withAlgorithm(KeyAlgorithm.valueOf(algorithm)));
        signer = new MessageSigner(NodeSigner.of(credentials));
        verifier = newVerifier();
        unsigned = "PingReq".equals(message) ? BenchMessages.pingReq() : BenchMessages.fetchReq();
        signed = sign();
        verifyWarm();
    }

    private static MessageVerifier newVerifier() {
        CertificateValidator validator = new CertificateValidator(TrustAnchors.none(), Clock.systemUTC(), 16, POLICY);
        return new MessageVerifier(new SignatureVerifier(validator, CertificateSource.none()), (node, resource) -> true);
    }

    /** Signs the message: input encoding, signature value, security block. */
    @Benchmark
    public ReloadMessage sign() {
        return signer.sign(unsigned.header(), unsigned.contents());
    }

    /** Verifies a message of a known signer. */
    @Benchmark
    public VerifiedSigner verifyWarm() throws ReloadSecurityException {
        return verifier.verify(signed);
    }

    /**
     * Verifies with a new verifier, as for the first message of a signer: its certificate read,
     * validated and its key converted too. The JDK's own caches (parsed certificates, the last
     * verified certificate signature) stay warm, so this is a lower bound of a first contact.
     */
    @Benchmark
    public VerifiedSigner verifyCold() throws ReloadSecurityException {
        return newVerifier().verify(signed);
    }
}
