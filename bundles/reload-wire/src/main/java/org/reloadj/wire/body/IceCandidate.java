package org.reloadj.wire.body;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.CandidateType;
import org.reloadj.api.registry.OverlayLinkType;
import org.reloadj.wire.io.Vectors;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;
import org.reloadj.wire.message.IpAddressPort;

/**
 * An ICE candidate of an Attach or AppAttach (RFC 6940, 6.5.1.1). The related address is present
 * exactly for the {@code srflx} and {@code relay} types; since the structure's layout depends on
 * the type, a CandType this implementation does not know cannot be skipped and is invalid.
 *
 * @param addrPort    the candidate's address and port
 * @param overlayLink the OverlayLinkType code, 1..255 (see {@link OverlayLinkType})
 * @param foundation  the ICE foundation, {@code opaque<0..255>}
 * @param priority    the ICE priority, a uint32
 * @param type        the candidate type
 * @param relAddrPort the related address and port: present for srflx and relay, absent for host
 * @param extensions  the ICE extensions
 */
public record IceCandidate(IpAddressPort addrPort, int overlayLink, Opaque foundation, long priority,
        CandidateType type, Optional<IpAddressPort> relAddrPort, List<IceExtension> extensions) {

    /** Checks the fields fit the wire format and the related address matches the type. */
    public IceCandidate {
        Objects.requireNonNull(addrPort, "addrPort");
        BodyFields.type(overlayLink, "overlay_link");
        BodyFields.opaque(foundation, 1, "foundation");
        BodyFields.uint32(priority, "priority");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(relAddrPort, "relAddrPort");
        if (relAddrPort.isPresent() != hasRelated(type)) {
            throw new IllegalArgumentException("a " + type.rfcName() + " candidate "
                    + (hasRelated(type) ? "needs" : "has no") + " rel_addr_port");
        }
        extensions = List.copyOf(extensions);
    }

    /** A host candidate without extensions. */
    public static IceCandidate host(IpAddressPort addrPort, OverlayLinkType overlayLink, Opaque foundation,
            long priority) {
        return new IceCandidate(addrPort, overlayLink.code(), foundation, priority, CandidateType.HOST,
                Optional.empty(), List.of());
    }

    /** The registered overlay link type, if this implementation knows it. */
    public Optional<OverlayLinkType> knownOverlayLink() {
        return OverlayLinkType.fromCode(overlayLink);
    }

    private static boolean hasRelated(CandidateType type) {
        return type != CandidateType.HOST;
    }

    /**
     * Reads one IceCandidate; an overlay_link of 0 and a CandType other than host, srflx and relay
     * are invalid.
     */
    public static IceCandidate decode(WireReader r) throws WireException {
        IpAddressPort addrPort = IpAddressPort.decode(r);
        int overlayLink = BodyFields.readType(r, "overlay_link");
        Opaque foundation = r.readOpaque(1, "foundation");
        long priority = r.readUint32("priority");
        int code = r.readUint8("CandType");
        CandidateType type = CandidateType.fromCode(code)
                .orElseThrow(() -> WireException.invalid("CandType " + code + " is not host, srflx or relay"));
        Optional<IpAddressPort> related = hasRelated(type) ? Optional.of(IpAddressPort.decode(r)) : Optional.empty();
        List<IceExtension> extensions = Vectors.read(r, 2, "extensions", IceExtension::decode);
        return new IceCandidate(addrPort, overlayLink, foundation, priority, type, related, extensions);
    }

    /** Writes this candidate. */
    public void encode(WireWriter w) {
        addrPort.encode(w);
        w.writeUint8(overlayLink).writeOpaque(1, foundation, "foundation").writeUint32(priority);
        w.writeUint8(type.code());
        relAddrPort.ifPresent(a -> a.encode(w));
        Vectors.write(w, 2, "extensions", extensions, IceExtension::encode);
    }

    /** Checks the ICE parameters shared by Attach and AppAttach fit their one-byte lengths. */
    static void checkParameters(Opaque ufrag, Opaque password, Opaque role) {
        BodyFields.opaque(ufrag, 1, "ufrag");
        BodyFields.opaque(password, 1, "password");
        BodyFields.opaque(role, 1, "role");
    }

    /** Reads {@code IceCandidate candidates<0..2^16-1>}. */
    static List<IceCandidate> readList(WireReader r) throws WireException {
        return Vectors.read(r, 2, "candidates", IceCandidate::decode);
    }

    /** Writes {@code IceCandidate candidates<0..2^16-1>}. */
    static void writeList(WireWriter w, List<IceCandidate> candidates) {
        Vectors.write(w, 2, "candidates", candidates, IceCandidate::encode);
    }
}
