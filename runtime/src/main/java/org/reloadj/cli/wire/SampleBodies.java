package org.reloadj.cli.wire;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;
import org.reloadj.api.registry.ApplicationId;
import org.reloadj.api.registry.CandidateType;
import org.reloadj.api.registry.HashAlgorithm;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.api.registry.OverlayLinkType;
import org.reloadj.api.registry.ProbeInformationType;
import org.reloadj.wire.body.AppAttachAns;
import org.reloadj.wire.body.AppAttachReq;
import org.reloadj.wire.body.AppAttachReqAns;
import org.reloadj.wire.body.AttachAns;
import org.reloadj.wire.body.AttachReq;
import org.reloadj.wire.body.AttachReqAns;
import org.reloadj.wire.body.ConfigUpdateAns;
import org.reloadj.wire.body.ConfigUpdateReq;
import org.reloadj.wire.body.ErrorResponse;
import org.reloadj.wire.body.FetchAns;
import org.reloadj.wire.body.FetchReq;
import org.reloadj.wire.body.FindAns;
import org.reloadj.wire.body.FindReq;
import org.reloadj.wire.body.IceCandidate;
import org.reloadj.wire.body.JoinAns;
import org.reloadj.wire.body.JoinReq;
import org.reloadj.wire.body.LeaveAns;
import org.reloadj.wire.body.LeaveReq;
import org.reloadj.wire.body.MessageBody;
import org.reloadj.wire.body.OpaqueBody;
import org.reloadj.wire.body.PingAns;
import org.reloadj.wire.body.PingReq;
import org.reloadj.wire.body.ProbeAns;
import org.reloadj.wire.body.ProbeInformation;
import org.reloadj.wire.body.ProbeReq;
import org.reloadj.wire.body.RouteQueryAns;
import org.reloadj.wire.body.RouteQueryReq;
import org.reloadj.wire.body.StatAns;
import org.reloadj.wire.body.StatReq;
import org.reloadj.wire.body.StoreAns;
import org.reloadj.wire.body.StoreReq;
import org.reloadj.wire.body.UpdateAns;
import org.reloadj.wire.body.UpdateReq;
import org.reloadj.wire.chord.ChordLeaveData;
import org.reloadj.wire.chord.ChordRouteQueryAns;
import org.reloadj.wire.chord.ChordUpdate;
import org.reloadj.wire.io.WireWriter;
import org.reloadj.wire.message.Destination;
import org.reloadj.wire.message.IpAddressPort;
import org.reloadj.wire.message.Signature;
import org.reloadj.wire.storage.ArrayRange;
import org.reloadj.wire.storage.DataValue;
import org.reloadj.wire.storage.FetchKindResponse;
import org.reloadj.wire.storage.FindKindData;
import org.reloadj.wire.storage.MetaData;
import org.reloadj.wire.storage.MetaDataValue;
import org.reloadj.wire.storage.ModelSpecifier;
import org.reloadj.wire.storage.StatKindResponse;
import org.reloadj.wire.storage.StoreKindData;
import org.reloadj.wire.storage.StoreKindResponse;
import org.reloadj.wire.storage.StoredData;
import org.reloadj.wire.storage.StoredDataSpecifier;
import org.reloadj.wire.storage.StoredDataValue;
import org.reloadj.wire.storage.StoredMetaData;

/**
 * A realistic body for every message code of RFC 6940 (14.8): what nodes A, B, C and D of a
 * CHORD-RELOAD overlay would send while joining, storing a certificate and fetching it.
 */
final class SampleBodies {
    static final NodeId A = NodeId.fromHex("0a1b2c3d4e5f60718293a4b5c6d7e8f9");
    static final NodeId B = NodeId.fromHex("4b5c6d7e8f90a1b2c3d4e5f607182930");
    static final NodeId C = NodeId.fromHex("8c9dae0f1a2b3c4d5e6f708192a3b4c5");
    static final NodeId D = NodeId.fromHex("cd0e1f2a3b4c5d6e7f8091a2b3c4d5e6");
    /** The Resource-ID of "alice@example.org": its SHA-1, truncated to 16 bytes (10.2). */
    static final ResourceId ALICE = ResourceId.fromHex("d1f3e9a5c6b2f0a4e8d7c3b1a9f5e2d4");
    static final long STORAGE_TIME = 1_795_000_000_000L;

    private final SampleCredentials credentials;

    SampleBodies(SampleCredentials credentials) {
        this.credentials = credentials;
    }

    /** The body of {@code code}. */
    MessageBody body(MessageCode code) {
        switch (code) {
            case PROBE_REQ:
                return ProbeReq.of(ProbeInformationType.RESPONSIBLE_SET, ProbeInformationType.NUM_RESOURCES,
                        ProbeInformationType.UPTIME);
            case PROBE_ANS:
                return new ProbeAns(List.of(ProbeInformation.of(ProbeInformationType.RESPONSIBLE_SET, 250_000_000),
                        ProbeInformation.of(ProbeInformationType.NUM_RESOURCES, 42),
                        ProbeInformation.of(ProbeInformationType.UPTIME, 86_400)));
            case ATTACH_REQ:
                return new AttachReq(attach("Xk3q", true));
            case ATTACH_ANS:
                return new AttachAns(attach("p9Lm", false));
            case STORE_REQ:
                return new StoreReq(ALICE, 0, List.of(new StoreKindData(KindId.CERTIFICATE_BY_USER, 1,
                        List.of(certificateEntry()))));
            case STORE_ANS:
                return new StoreAns(List.of(new StoreKindResponse(KindId.CERTIFICATE_BY_USER, 1, List.of(C, D))));
            case FETCH_REQ:
                return new FetchReq(ALICE, specifiers());
            case FETCH_ANS:
                return new FetchAns(List.of(new FetchKindResponse(KindId.CERTIFICATE_BY_USER, 1,
                        List.of(certificateEntry()))));
            case STAT_REQ:
                return new StatReq(ALICE, specifiers());
            case STAT_ANS:
                return new StatAns(List.of(new StatKindResponse(KindId.CERTIFICATE_BY_USER, 1, List.of(
                        new StoredMetaData(STORAGE_TIME, 86_400,
                                new MetaDataValue.ArrayMeta(0, new MetaData(true, credentials.nodeCertificate().length(),
                                        HashAlgorithm.SHA256.code(), credentials.nodeCertificateHash())))))));
            case FIND_REQ:
                return new FindReq(ALICE, List.of(KindId.TURN_SERVICE, KindId.CERTIFICATE_BY_NODE));
            case FIND_ANS:
                return new FindAns(List.of(new FindKindData(KindId.TURN_SERVICE, ResourceId.of(B.bytes())),
                        new FindKindData(KindId.CERTIFICATE_BY_NODE, ResourceId.of(Opaque.EMPTY))));
            case JOIN_REQ:
                return new JoinReq(A, Opaque.EMPTY);
            case JOIN_ANS:
                return new JoinAns(Opaque.EMPTY);
            case LEAVE_REQ:
                return new LeaveReq(A, WireWriter.encode(ChordLeaveData.fromSuccessor(List.of(B, C))::encode));
            case LEAVE_ANS:
                return new LeaveAns();
            case UPDATE_REQ:
                return new UpdateReq(WireWriter.encode(ChordUpdate.full(3600, List.of(D, C), List.of(B, C),
                        List.of(B, C, D))::encode));
            case UPDATE_ANS:
                return new UpdateAns(Opaque.EMPTY);
            case ROUTE_QUERY_REQ:
                return new RouteQueryReq(true, Destination.resource(ALICE), Opaque.EMPTY);
            case ROUTE_QUERY_ANS:
                return new RouteQueryAns(WireWriter.encode(new ChordRouteQueryAns(C)::encode));
            case PING_REQ:
                return new PingReq(Opaque.of(new byte[32]));
            case PING_ANS:
                return new PingAns(0x5eed_cafe_f00d_1234L, STORAGE_TIME);
            case APP_ATTACH_REQ:
                return new AppAttachReq(appAttach("Qw7e"));
            case APP_ATTACH_ANS:
                return new AppAttachAns(appAttach("Zx8c"));
            case CONFIG_UPDATE_REQ:
                return ConfigUpdateReq.config(Opaque.utf8(SampleConfiguration.XML));
            case CONFIG_UPDATE_ANS:
                return new ConfigUpdateAns();
            case ERROR:
                return ErrorResponse.of(ErrorCode.ERROR_NOT_FOUND, "no data stored at this Resource-ID");
            default:
                // exp_a and exp_b: experiments carry whatever their experiment defines
                return new OpaqueBody(code.code(), Opaque.utf8("experiment " + code.rfcName()));
        }
    }

    private List<StoredDataSpecifier> specifiers() {
        return List.of(
                new StoredDataSpecifier(KindId.CERTIFICATE_BY_USER, 0,
                        new ModelSpecifier.ArrayRanges(List.of(new ArrayRange(0, -1)))),
                new StoredDataSpecifier(KindId.TURN_SERVICE, 0, new ModelSpecifier.SingleValue()));
    }

    private StoredData certificateEntry() {
        StoredDataValue value = new StoredDataValue.ArrayEntry(0, DataValue.of(credentials.nodeCertificate()));
        Signature signature = new Signature(HashAlgorithm.SHA256.code(), 3,
                new org.reloadj.wire.message.SignerIdentity.CertHash(HashAlgorithm.SHA256.code(),
                        credentials.nodeCertificateHash()),
                credentials.sign(WireWriter.encode(value::encode).toByteArray()));
        return new StoredData(STORAGE_TIME, 86_400, value, signature);
    }

    private static AttachReqAns attach(String ufrag, boolean sendUpdate) {
        return new AttachReqAns(Opaque.utf8(ufrag), Opaque.utf8("s3cr3tIcePassw0rdX7"), Opaque.utf8("passive"),
                candidates(OverlayLinkType.DTLS_UDP_SR), sendUpdate);
    }

    private static AppAttachReqAns appAttach(String ufrag) {
        return new AppAttachReqAns(Opaque.utf8(ufrag), Opaque.utf8("appIcePassw0rdQ2w3"), ApplicationId.SIP.code(),
                Opaque.utf8("actpass"), candidates(OverlayLinkType.DTLS_UDP_SR));
    }

    private static List<IceCandidate> candidates(OverlayLinkType link) {
        IpAddressPort host = IpAddressPort.of(new InetSocketAddress("192.0.2.1", 6084));
        IpAddressPort reflexive = IpAddressPort.of(new InetSocketAddress("198.51.100.7", 50123));
        IpAddressPort relay = IpAddressPort.of(new InetSocketAddress("2001:db8::7", 3478));
        return List.of(IceCandidate.host(host, link, Opaque.utf8("1"), 2_130_706_431L),
                new IceCandidate(reflexive, link.code(), Opaque.utf8("2"), 1_694_498_815L, CandidateType.SRFLX,
                        Optional.of(host), List.of()),
                new IceCandidate(relay, link.code(), Opaque.utf8("3"), 16_777_215L, CandidateType.RELAY,
                        Optional.of(reflexive), List.of()));
    }

}
