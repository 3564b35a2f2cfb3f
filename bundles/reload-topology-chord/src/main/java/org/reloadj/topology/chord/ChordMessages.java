package org.reloadj.topology.chord;

import java.util.OptionalLong;
import org.reloadj.api.Identifier;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;
import org.reloadj.api.registry.ProbeInformationType;
import org.reloadj.wire.body.JoinReq;
import org.reloadj.wire.body.LeaveReq;
import org.reloadj.wire.body.MessageBody;
import org.reloadj.wire.body.ProbeAns;
import org.reloadj.wire.body.ProbeInformation;
import org.reloadj.wire.body.ProbeReq;
import org.reloadj.wire.body.RouteQueryReq;
import org.reloadj.wire.chord.ChordLeaveData;
import org.reloadj.wire.chord.ChordRouteQueryAns;
import org.reloadj.wire.chord.ChordUpdate;
import org.reloadj.wire.io.KindModels;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;
import org.reloadj.wire.message.Destination;

/**
 * The bodies this plug-in sends through {@code TopologyContext.request} (whole message bodies:
 * JoinReq, LeaveReq, RouteQueryReq, ProbeReq and the UpdateReq's ChordUpdate, RFC 6940, 6.4.2 and
 * 10.7-10.9) and the answers and overlay-specific data it reads, with reload-wire's codec.
 */
final class ChordMessages {
    private final WireContext wire;

    ChordMessages(int nodeIdLength) {
        this.wire = new WireContext(nodeIdLength, WireContext.DEFAULT_MAX_MESSAGE_SIZE, KindModels.standard());
    }

    /** A JoinReq for {@code self} with no overlay-specific data (10.5, step 5). */
    static Opaque joinReq(NodeId self) {
        return encode(new JoinReq(self, Opaque.EMPTY));
    }

    /** A LeaveReq carrying a ChordLeaveData (10.9). */
    static Opaque leaveReq(NodeId self, ChordLeaveData data) {
        return encode(new LeaveReq(self, data.toOpaque()));
    }

    /** A RouteQueryReq for {@code destination}; CHORD-RELOAD adds no data (10.8). */
    static Opaque routeQueryReq(boolean sendUpdate, Identifier<?> destination) {
        Destination d = destination instanceof NodeId n ? Destination.node(n)
                : Destination.resource((ResourceId) destination);
        return encode(new RouteQueryReq(sendUpdate, d, Opaque.EMPTY));
    }

    /** A ProbeReq for the uptime (RFC 7363, 5.3). */
    static Opaque uptimeProbe() {
        return encode(ProbeReq.of(ProbeInformationType.UPTIME));
    }

    /** Reads an UpdateReq body. */
    ChordUpdate update(Opaque body) throws WireException {
        return ChordUpdate.decode(body, wire);
    }

    /** Reads a LeaveReq's overlay_specific_data. */
    ChordLeaveData leave(Opaque data) throws WireException {
        return ChordLeaveData.decode(data, wire);
    }

    /** Reads a RouteQueryAns body: the next peer. */
    NodeId routeQueryAnswer(Opaque body) throws WireException {
        return ChordRouteQueryAns.decode(body, wire).nextPeer();
    }

    /** The uptime in a ProbeAns body, if it holds one. */
    OptionalLong probedUptime(Opaque body) throws WireException {
        WireReader r = WireReader.of(body);
        ProbeAns ans = ProbeAns.decode(r, wire);
        r.assertFinished("ProbeAns");
        for (ProbeInformation info : ans.probeInfo()) {
            if (info.type() == ProbeInformationType.UPTIME.code() && info.hasUint32()) {
                return OptionalLong.of(info.uint32());
            }
        }
        return OptionalLong.empty();
    }

    private static Opaque encode(MessageBody body) {
        return WireWriter.encode(body::encode);
    }
}
