package org.reloadj.usage.certstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;
import org.reloadj.api.overlay.KindValues;
import org.reloadj.api.overlay.Slot;
import org.reloadj.api.overlay.StoredValue;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.ReloadSecurityException.Reason;
import org.reloadj.security.signature.CertificateSource;
import org.reloadj.security.signature.MessageSigner;
import org.reloadj.security.signature.MessageVerifier;
import org.reloadj.security.signature.NodeSigner;
import org.reloadj.security.signature.SignatureVerifier;
import org.reloadj.testkit.NodeRing;
import org.reloadj.wire.body.BodyCodec;
import org.reloadj.wire.body.PingReq;
import org.reloadj.wire.message.Destination;
import org.reloadj.wire.message.ForwardingHeader;
import org.reloadj.wire.message.ReloadMessage;
import org.reloadj.wire.message.SecurityBlock;

/**
 * The Certificate Store (RFC 6940, 8) on whole nodes: a five-peer ring and a client, certificates
 * of the overlay's CA, every store checked by the responsible peer's access control (7.3).
 */
class CertificateStoreOverlayTest {
    private static final int PEERS = 5;
    private static final NodeId CLIENT = NodeId.fromHex("a8000000000000000000000000000000");

    private final Map<NodeId, OverlayCertificateSource> sources = new HashMap<>();
    private final NodeRing ring = new NodeRing(PEERS, List.of(new CertificateStoreUsage()), b -> b,
            id -> sources.computeIfAbsent(id, x -> new OverlayCertificateSource()));
    private final int client = ring.addClient(CLIENT, 2);

    private CertificateStore store(int i) {
        return new OverlayCertificateStore(ring.overlay(i), ring.clock(), sources.get(ring.nodeId(i)));
    }

    private void publishAll() {
        for (int i = 0; i < ring.size(); i++) {
            ring.await(store(i).publish(ring.certificate(i)));
        }
    }

    @Test
    void after_publishing_every_nodes_certificate_is_found_under_both_kinds_from_every_node() {
        publishAll();

        for (int reader = 0; reader < ring.size(); reader++) {
            for (int owner = 0; owner < ring.size(); owner++) {
                assertThat(ring.await(store(reader).findByNode(ring.nodeId(owner))))
                        .as("%d's certificate by Node-ID, read by %d", owner, reader)
                        .containsExactly(ring.certificate(owner));
                assertThat(ring.await(store(reader).findByUser(ring.user(owner))))
                        .as("%d's certificate by user name, read by %d", owner, reader)
                        .containsExactly(ring.certificate(owner));
            }
        }
    }

    @Test
    void the_client_publishes_through_its_admitting_peer() {
        ring.await(store(client).publish(ring.certificate(client)));

        assertThat(ring.await(store(0).findByNode(CLIENT))).containsExactly(ring.certificate(client));
        assertThat(ring.await(store(4).findByUser(ring.user(client)))).containsExactly(ring.certificate(client));
    }

    @Test
    void a_user_name_published_by_another_node_is_taken() {
        publishAll();

        assertThat(ring.await(store(1).isUserNameTaken(ring.user(0)))).isTrue();
        assertThat(ring.await(store(0).isUserNameTaken(ring.user(0)))).isFalse();
        assertThat(ring.await(store(0).isUserNameTaken("nobody@" + NodeRing.OVERLAY))).isFalse();
    }

    private ErrorCode storeRaw(int writer, KindId kind, Opaque resourceName, Opaque value) {
        ResourceId resource = ring.overlay(writer).resourceId(resourceName);
        StoredValue v = StoredValue.of(new Slot.Index(Slot.APPEND), value, ring.clock().instant(), Duration.ofHours(1));
        return ring.failure(ring.overlay(writer).store(resource, List.of(new KindValues(kind, 0, List.of(v)))))
                .errorCode();
    }

    @Test
    void the_storing_peer_refuses_a_certificate_under_another_nodes_id_or_user_name() {
        Opaque own = ring.certificate(1).der();

        assertThat(storeRaw(1, KindId.CERTIFICATE_BY_NODE, ring.nodeId(0).bytes(), own))
                .as("NODE-MATCH").isEqualTo(ErrorCode.ERROR_FORBIDDEN);
        assertThat(storeRaw(1, KindId.CERTIFICATE_BY_USER, Opaque.utf8(ring.user(0)), own))
                .as("USER-MATCH").isEqualTo(ErrorCode.ERROR_FORBIDDEN);
        assertThat(ring.await(store(3).findByNode(ring.nodeId(0)))).isEmpty();
    }

    @Test
    void the_storing_peer_refuses_a_value_that_is_not_a_certificate() {
        assertThat(storeRaw(1, KindId.CERTIFICATE_BY_NODE, ring.nodeId(1).bytes(), Opaque.utf8("not a certificate")))
                .isEqualTo(ErrorCode.ERROR_FORBIDDEN);
    }

    /** Peer 0's Ping to peer 3, signed, its certificate left out of the security block (6.3.4). */
    private ReloadMessage pingWithoutCertificates() throws ReloadSecurityException {
        ForwardingHeader header = new ForwardingHeader(ring.node(0).node().settings().overlayHash(), 1, 100,
                ForwardingHeader.UNFRAGMENTED, 42L, 5000, List.of(), List.of(new Destination.Node(ring.nodeId(3))),
                List.of());
        ReloadMessage signed = new MessageSigner(NodeSigner.of(ring.credentials(0))).sign(header,
                BodyCodec.contents(new PingReq(Opaque.EMPTY)));
        return new ReloadMessage(signed.header(), signed.contents(),
                new SecurityBlock(List.of(), signed.security().signature()));
    }

    @Test
    void a_message_without_its_signers_certificate_verifies_with_the_certificate_found_in_the_overlay()
            throws Exception {
        publishAll();
        ReloadMessage ping = pingWithoutCertificates();
        CertificateSource source = sources.get(ring.nodeId(3));
        MessageVerifier verifier = new MessageVerifier(new SignatureVerifier(ring.validator(), source),
                (node, resource) -> true);
        assertThatThrownBy(() -> verifier.verify(ping)).isInstanceOfSatisfying(ReloadSecurityException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_CERTIFICATE));

        ring.await(store(3).findByNode(ring.nodeId(0)));

        assertThat(verifier.verify(ping).nodeId()).isEqualTo(ring.nodeId(0));
        assertThat(verifier.verify(ping).userName()).isEqualTo(ring.user(0));
    }
}
