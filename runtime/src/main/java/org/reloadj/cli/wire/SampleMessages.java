package org.reloadj.cli.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.reloadj.api.Opaque;
import org.reloadj.api.OverlayHash;
import org.reloadj.api.registry.HashAlgorithm;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.api.registry.SignatureAlgorithm;
import org.reloadj.wire.body.BodyCodec;
import org.reloadj.wire.io.WireWriter;
import org.reloadj.wire.message.Destination;
import org.reloadj.wire.message.ForwardingHeader;
import org.reloadj.wire.message.GenericCertificate;
import org.reloadj.wire.message.MessageContents;
import org.reloadj.wire.message.ReloadMessage;
import org.reloadj.wire.message.SecurityBlock;
import org.reloadj.wire.message.Signature;
import org.reloadj.wire.message.SignerIdentity;

/**
 * One complete, signed sample message for each of RFC 6940's message codes (14.8): requests
 * from A to B (or to a Resource-ID), answers from B back to A, with real X.509 certificates in
 * the security block and an ECDSA P-256 signature over
 * {@code overlay || transaction_id || MessageContents || SignerIdentity} (6.3.4).
 */
public final class SampleMessages {
    /** The overlay the samples belong to. */
    public static final String OVERLAY = "overlay.example.org";

    private SampleMessages() {
    }

    /** A sample: the message and its code's registry name. */
    public record Sample(MessageCode code, ReloadMessage message) {
    }

    /** Every message code, requests followed by their answers, then the error response. */
    public static List<Sample> all() {
        SampleCredentials credentials = SampleCredentials.generate(SampleBodies.A, "alice@example.org", OVERLAY);
        SampleBodies bodies = new SampleBodies(credentials);
        SplittableRandom random = new SplittableRandom(6940);
        List<Sample> samples = new ArrayList<>();
        int overlay = OverlayHash.of(OVERLAY);
        for (MessageCode code : MessageCode.values()) {
            long transactionId = code.isRequest() || code == MessageCode.ERROR ? random.nextLong()
                    : samples.get(samples.size() - 1).message().header().transactionId();
            MessageContents contents = BodyCodec.contents(bodies.body(code));
            ForwardingHeader header = header(code, overlay, transactionId);
            samples.add(new Sample(code, new ReloadMessage(header, contents, sign(header, contents, credentials))));
        }
        return List.copyOf(samples);
    }

    private static ForwardingHeader header(MessageCode code, int overlay, long transactionId) {
        boolean toResource = code == MessageCode.STORE_REQ || code == MessageCode.FETCH_REQ
                || code == MessageCode.STAT_REQ || code == MessageCode.FIND_REQ;
        List<Destination> via = code.isRequest() ? List.of(Destination.node(SampleBodies.A)) : List.of();
        Destination to = toResource ? Destination.resource(SampleBodies.ALICE)
                : Destination.node(code.isRequest() ? SampleBodies.B : SampleBodies.A);
        return new ForwardingHeader(overlay, 22, code.isRequest() ? 99 : 100, ForwardingHeader.UNFRAGMENTED,
                transactionId, code.isRequest() ? 5000 : 0, via, List.of(to), List.of());
    }

    private static SecurityBlock sign(ForwardingHeader header, MessageContents contents, SampleCredentials credentials) {
        SignerIdentity identity = new SignerIdentity.CertHash(HashAlgorithm.SHA256.code(),
                credentials.nodeCertificateHash());
        Opaque input = WireWriter.encode(w -> {
            w.writeInt32(header.overlay()).writeInt64(header.transactionId());
            contents.encode(w);
            identity.encode(w);
        });
        Signature signature = new Signature(HashAlgorithm.SHA256.code(), SignatureAlgorithm.ECDSA.code(), identity,
                credentials.sign(input.toByteArray()));
        return new SecurityBlock(List.of(GenericCertificate.x509(credentials.nodeCertificate()),
                GenericCertificate.x509(credentials.caCertificate())), signature);
    }
}
