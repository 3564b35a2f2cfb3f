package org.reloadj.core.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.NodeId;
import org.reloadj.api.link.LinkCredentials;
import org.reloadj.api.link.LinkHandler;
import org.reloadj.api.link.OverlayLink;
import org.reloadj.core.net.InMemoryNetwork;
import org.reloadj.core.sim.SharedKeySecurity;
import org.reloadj.wire.body.BodyCodec;
import org.reloadj.wire.body.ErrorResponse;
import org.reloadj.wire.body.MessageBody;
import org.reloadj.wire.codec.MessageCodec;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.message.Destination;
import org.reloadj.wire.message.ForwardingHeader;
import org.reloadj.wire.message.ForwardingOption;
import org.reloadj.wire.message.MessageContents;
import org.reloadj.wire.message.ReloadMessage;
import org.reloadj.wire.message.WireMessage;

/**
 * A hand-driven endpoint linked to one node of a {@link TestOverlay}: it sends messages built
 * field by field, records what it receives, and can answer requests with a function of them.
 */
final class RawPeer implements LinkHandler {
    static final MessageCodec CODEC = new MessageCodec(WireContext.defaults().withMaxMessageSize(0xFF_FFFF));

    final NodeId id;
    final SharedKeySecurity security;
    private final TestOverlay overlay;
    private final List<ReloadMessage> received = new ArrayList<>();
    private OverlayLink link;
    private Function<ReloadMessage, Optional<ReloadMessage>> responder = m -> Optional.empty();
    private long nextTransaction = 0x1000;

    /** A peer with Node-ID {@code id}, linked to node {@code index} of {@code overlay}. */
    RawPeer(TestOverlay overlay, NodeId id, int index) {
        this.overlay = overlay;
        this.id = id;
        this.security = new SharedKeySecurity(TestOverlay.KEY, id, "raw");
        LinkCredentials none = new LinkCredentials(null, List.of(), List.of(), Optional.empty(), Optional.empty());
        this.link = overlay.await(overlay.network.provider(id).connect(InMemoryNetwork.address(index), none, this));
    }

    /** A Node-ID for a raw peer: {@code ff 00 .. 00 n}, outside the ring's members. */
    static NodeId rawId(int n) {
        byte[] b = new byte[16];
        b[0] = (byte) 0xEE;
        b[15] = (byte) n;
        return NodeId.of(b);
    }

    /** Answers requests with {@code f} (empty: no answer). */
    void answerWith(Function<ReloadMessage, Optional<ReloadMessage>> f) {
        this.responder = f;
    }

    /** A header as a node would make it, with a fresh transaction id, to {@code destinations}. */
    Header header(Destination... destinations) {
        return new Header(List.of(destinations), nextTransaction++);
    }

    /** Signs {@code contents} with {@code header} and sends it. */
    void send(Header header, MessageBody body) {
        send(header, BodyCodec.contents(body));
    }

    /** Signs {@code contents} with {@code header} and sends it. */
    void send(Header header, MessageContents contents) {
        sendBytes(CODEC.encodeToBytes(security.sign(new ReloadMessage(header.build(), contents, Unsigned.BLOCK))));
    }

    /** Sends raw bytes. */
    void sendBytes(byte[] bytes) {
        link.send(bytes);
        overlay.scheduler.runUntilIdle();
    }

    /** The whole messages received so far. */
    List<ReloadMessage> received() {
        return List.copyOf(received);
    }

    /** The error code of the only message received, which must be an error response. */
    ErrorCode onlyError() {
        if (received.size() != 1 || !received.get(0).contents().isError()) {
            throw new AssertionError("expected one error response, got " + received);
        }
        return errorOf(received.get(0));
    }

    static ErrorCode errorOf(ReloadMessage m) {
        try {
            return ((ErrorResponse) BodyCodec.decode(m.contents(), WireContext.defaults())).error().orElseThrow();
        } catch (WireException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void onOpened(OverlayLink opened) {
        this.link = opened;
    }

    @Override
    public void onMessage(OverlayLink from, byte[] bytes) {
        try {
            WireMessage m = CODEC.decode(bytes);
            if (m instanceof ReloadMessage whole) {
                received.add(whole);
                if (whole.contents().isRequest()) {
                    responder.apply(whole).ifPresent(r -> link.send(CODEC.encodeToBytes(r)));
                }
            }
        } catch (WireException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void onClosed(OverlayLink closed, Throwable cause) {
        // nothing to clean up
    }

    /** The fields of a forwarding header, with the defaults of the test overlay. */
    static final class Header {
        int overlay = org.reloadj.api.OverlayHash.of(TestOverlay.OVERLAY);
        int sequence = 1;
        int ttl = NodeSettings.DEFAULT_INITIAL_TTL;
        long transactionId;
        long maxResponseLength;
        List<Destination> via = List.of();
        List<Destination> destinations;
        List<ForwardingOption> options = List.of();

        Header(List<Destination> destinations, long transactionId) {
            this.destinations = destinations;
            this.transactionId = transactionId;
        }

        ForwardingHeader build() {
            return new ForwardingHeader(overlay, sequence, ttl, ForwardingHeader.UNFRAGMENTED, transactionId,
                    maxResponseLength, via, destinations, options);
        }
    }
}
