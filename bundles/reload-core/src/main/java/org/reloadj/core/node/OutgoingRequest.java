package org.reloadj.core.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.reloadj.api.Identifier;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.body.BodyCodec;
import org.reloadj.wire.body.MessageBody;
import org.reloadj.wire.message.Destination;
import org.reloadj.wire.message.ForwardingOption;
import org.reloadj.wire.message.GenericCertificate;
import org.reloadj.wire.message.MessageContents;
import org.reloadj.wire.message.MessageExtension;

/**
 * A request for the node to originate (RFC 6940, 6.2.1): where it goes (one Node-ID or
 * Resource-ID, or a source route), its contents and its forwarding options. The node adds the
 * rest of the header (transaction id, TTL, configuration sequence, max_response_length) and the
 * signature, whose security block also carries {@code certificates}: those needed to verify
 * signatures inside the body, such as the stored data of a replica Store signed by other nodes
 * (6.3.4: "all the certificates necessary to verify every signature in both the message and the
 * internal message objects").
 *
 * @param destinations the destination list, never empty
 * @param contents     the message code (a request code), body and extensions
 * @param options      the forwarding options
 * @param certificates certificates for the security block beyond the signer's own
 */
public record OutgoingRequest(List<Destination> destinations, MessageContents contents,
        List<ForwardingOption> options, List<GenericCertificate> certificates) {
    /** Copies the lists and checks the code is a request code. */
    public OutgoingRequest {
        destinations = List.copyOf(destinations);
        if (destinations.isEmpty()) {
            throw new IllegalArgumentException("a request needs a destination");
        }
        Objects.requireNonNull(contents, "contents");
        if (!contents.isRequest()) {
            throw new IllegalArgumentException("message code 0x" + Integer.toHexString(contents.messageCode())
                    + " is not a request");
        }
        options = List.copyOf(options);
        certificates = List.copyOf(certificates);
    }

    /** A request whose security block carries the signer's certificates only. */
    public OutgoingRequest(List<Destination> destinations, MessageContents contents, List<ForwardingOption> options) {
        this(destinations, contents, options, List.of());
    }

    /** A request with {@code body} to the node or the peer responsible for {@code target}. */
    public static OutgoingRequest to(Identifier<?> target, MessageBody body) {
        return new OutgoingRequest(List.of(destinationOf(target)), BodyCodec.contents(body), List.of());
    }

    /** A request with {@code body} along a source route. */
    public static OutgoingRequest via(List<Destination> route, MessageBody body) {
        return new OutgoingRequest(route, BodyCodec.contents(body), List.of());
    }

    /** A request with a body already encoded for message code {@code code}. */
    public static OutgoingRequest to(Identifier<?> target, MessageCode code, Opaque body) {
        return new OutgoingRequest(List.of(destinationOf(target)), new MessageContents(code.code(), body), List.of());
    }

    /** The destination entry of a Node-ID or Resource-ID. */
    public static Destination destinationOf(Identifier<?> target) {
        if (target instanceof NodeId n) {
            return Destination.node(n);
        }
        return Destination.resource((ResourceId) target);
    }

    /** This request with {@code more} forwarding options. */
    public OutgoingRequest withOptions(ForwardingOption... more) {
        List<ForwardingOption> all = new ArrayList<>(options);
        all.addAll(List.of(more));
        return new OutgoingRequest(destinations, contents, all, certificates);
    }

    /** This request with {@code more} message extensions. */
    public OutgoingRequest withExtensions(MessageExtension... more) {
        List<MessageExtension> all = new ArrayList<>(contents.extensions());
        all.addAll(List.of(more));
        return new OutgoingRequest(destinations,
                new MessageContents(contents.messageCode(), contents.body(), all), options, certificates);
    }

    /** This request with {@code more} certificates in its security block. */
    public OutgoingRequest withCertificates(List<GenericCertificate> more) {
        List<GenericCertificate> all = new ArrayList<>(certificates);
        all.addAll(more);
        return new OutgoingRequest(destinations, contents, options, all);
    }
}
