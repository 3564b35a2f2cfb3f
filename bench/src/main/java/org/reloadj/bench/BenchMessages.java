package org.reloadj.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.OverlayHash;
import org.reloadj.api.ResourceId;
import org.reloadj.api.registry.HashAlgorithm;
import org.reloadj.api.registry.SignatureAlgorithm;
import org.reloadj.wire.body.BodyCodec;
import org.reloadj.wire.body.FetchAns;
import org.reloadj.wire.body.FetchReq;
import org.reloadj.wire.body.MessageBody;
import org.reloadj.wire.body.PingReq;
import org.reloadj.wire.body.StoreReq;
import org.reloadj.wire.message.Destination;
import org.reloadj.wire.message.ForwardingHeader;
import org.reloadj.wire.message.ReloadMessage;
import org.reloadj.wire.message.SecurityBlock;
import org.reloadj.wire.message.Signature;
import org.reloadj.wire.message.SignerIdentity;
import org.reloadj.wire.storage.ArrayRange;
import org.reloadj.wire.storage.DataValue;
import org.reloadj.wire.storage.FetchKindResponse;
import org.reloadj.wire.storage.ModelSpecifier;
import org.reloadj.wire.storage.StoreKindData;
import org.reloadj.wire.storage.StoredData;
import org.reloadj.wire.storage.StoredDataSpecifier;
import org.reloadj.wire.storage.StoredDataValue;

/**
 * The messages the benchmarks encode and decode, shaped like real traffic: a 16-byte Node-ID
 * overlay, ECDSA-sized signatures with cert_hash identities (RFC 6940, 6.3.4).
 */
final class BenchMessages {
    private static final SplittableRandom RANDOM = new SplittableRandom(6940);
    private static final NodeId FROM = NodeId.of(bytes(16));
    private static final NodeId TO = NodeId.of(bytes(16));
    private static final ResourceId RESOURCE = ResourceId.of(bytes(16));

    private BenchMessages() {
    }

    static ReloadMessage pingReq() {
        return message(PingReq.empty(), Destination.node(TO));
    }

    static ReloadMessage fetchReq() {
        return message(new FetchReq(RESOURCE, List.of(new StoredDataSpecifier(KindId.CERTIFICATE_BY_USER, 0,
                new ModelSpecifier.ArrayRanges(List.of(new ArrayRange(0, -1)))))), Destination.resource(RESOURCE));
    }

    static ReloadMessage storeReq1KiB() {
        return message(new StoreReq(RESOURCE, 0, List.of(new StoreKindData(KindId.CERTIFICATE_BY_USER, 1,
                List.of(storedData(0, 1024))))), Destination.resource(RESOURCE));
    }

    static ReloadMessage fetchAns10() {
        List<StoredData> values = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            values.add(storedData(i, 100));
        }
        return message(new FetchAns(List.of(new FetchKindResponse(KindId.CERTIFICATE_BY_USER, 10, values))),
                Destination.node(FROM));
    }

    private static StoredData storedData(int index, int size) {
        StoredDataValue value = new StoredDataValue.ArrayEntry(index, DataValue.of(Opaque.of(bytes(size))));
        return new StoredData(1_795_000_000_000L + index, 86_400, value, signature());
    }

    private static Signature signature() {
        return new Signature(HashAlgorithm.SHA256.code(), SignatureAlgorithm.ECDSA.code(),
                new SignerIdentity.CertHash(HashAlgorithm.SHA256.code(), Opaque.of(bytes(32))), Opaque.of(bytes(71)));
    }

    private static ReloadMessage message(MessageBody body, Destination to) {
        ForwardingHeader header = new ForwardingHeader(OverlayHash.of("overlay.example.org"), 1, 100,
                ForwardingHeader.UNFRAGMENTED, RANDOM.nextLong(), 5000, List.of(Destination.node(FROM)), List.of(to),
                List.of());
        return new ReloadMessage(header, BodyCodec.contents(body), new SecurityBlock(List.of(), signature()));
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
