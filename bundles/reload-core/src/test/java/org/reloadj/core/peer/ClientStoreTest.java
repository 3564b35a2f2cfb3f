package org.reloadj.core.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.core.peer.SecureOverlay.ARRAY;
import static org.reloadj.core.peer.SecureOverlay.SINGLE;
import static org.reloadj.core.peer.SecureOverlay.UNKNOWN;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.ResourceId;
import org.reloadj.api.overlay.ErrorResponseException;
import org.reloadj.api.overlay.KindValues;
import org.reloadj.api.overlay.Query;
import org.reloadj.api.overlay.Slot;
import org.reloadj.api.overlay.StoredValue;

/**
 * The issue's "Done when", on the in-memory overlay: a client attached to an admitting peer is
 * refused with Error_Forbidden when it writes under another user's name, with Error_Unknown_Kind
 * for an unknown kind and with Error_Data_Too_Large for a value over the kind's max-size, and
 * succeeds for its own data (RFC 6940, 4.2, 7.3.1, 7.4.1.1, 7.4.1.2, 13.5.2).
 */
class ClientStoreTest {
    private static final String CAROL = "carol@" + SecureOverlay.OVERLAY;

    private final SecureOverlay overlay = new SecureOverlay(6);
    private final ReloadNode client = overlay.client(NodeId.fromHex("3a000000000000000000000000000000"), CAROL,
            overlay.peer(4));
    private final ResourceId carols = overlay.resourceOf(CAROL);

    private StoredValue value(String text) {
        return StoredValue.of(Slot.SINGLE, Opaque.utf8(text), overlay.scheduler.clock().instant(), Duration.ofHours(1));
    }

    private ErrorResponseException refusal(ResourceId resource, KindId kind, StoredValue value) {
        ReloadException e = overlay.failure(client.overlay().store(resource, List.of(new KindValues(kind, 0,
                List.of(value)))));
        assertThat(e).isInstanceOf(ErrorResponseException.class);
        return (ErrorResponseException) e;
    }

    @Test
    void the_client_is_attached_to_its_admitting_peer_only_and_stores_nothing_itself() {
        assertThat(client.node().connectedPeers()).containsExactly(overlay.id(4));
        assertThat(client.storage()).isEmpty();
    }

    @Test
    void writing_under_another_users_name_is_forbidden() {
        ResourceId alices = overlay.resourceOf(overlay.user(overlay.peer(0)));

        assertThat(refusal(alices, SINGLE.id(), value("not carol's")).errorCode()).isEqualTo(ErrorCode.ERROR_FORBIDDEN);
    }

    @Test
    void an_unknown_kind_is_refused_with_the_kind_listed_in_the_error_info() {
        ErrorResponseException e = refusal(carols, UNKNOWN, value("what kind?"));

        assertThat(e.errorCode()).isEqualTo(ErrorCode.ERROR_UNKNOWN_KIND);
        assertThat(e.errorInfo()).as("KindId unknown_kinds<0..2^8-1> (7.4.1.2)")
                .isEqualTo(Opaque.fromHex("04f0000999"));
    }

    @Test
    void every_unknown_kind_of_a_store_is_listed() {
        KindId other = new KindId(0xF000_0998L);
        ReloadException e = overlay.failure(client.overlay().store(carols, List.of(
                new KindValues(SINGLE.id(), 0, List.of(value("known"))),
                new KindValues(UNKNOWN, 0, List.of(value("a"))), new KindValues(other, 0, List.of(value("b"))))));

        assertThat(e.errorCode()).isEqualTo(ErrorCode.ERROR_UNKNOWN_KIND);
        assertThat(((ErrorResponseException) e).errorInfo()).isEqualTo(Opaque.fromHex("08f0000999f0000998"));
    }

    @Test
    void a_value_over_the_kinds_max_size_is_too_large() {
        String big = "x".repeat(SINGLE.maxSize() + 1);

        assertThat(refusal(carols, SINGLE.id(), value(big)).errorCode()).isEqualTo(ErrorCode.ERROR_DATA_TOO_LARGE);
    }

    @Test
    void the_clients_own_data_is_stored_and_others_fetch_it_signed_by_the_client() {
        overlay.await(client.overlay().store(carols, List.of(new KindValues(SINGLE.id(), 0, List.of(value("mine"))),
                new KindValues(ARRAY.id(), 0, List.of(StoredValue.of(new Slot.Index(Slot.APPEND), Opaque.utf8("a"),
                        overlay.scheduler.clock().instant(), Duration.ofHours(1)))))));

        List<KindValues> fetched = overlay.await(overlay.peer(1).overlay().fetch(carols,
                List.of(Query.all(SINGLE.id()), Query.all(ARRAY.id()))));
        assertThat(fetched.get(0).values()).singleElement().satisfies(v -> {
            assertThat(v.value().toUtf8()).isEqualTo("mine");
            assertThat(v.signer()).contains(new StoredValue.Signer(CAROL, client.node().settings().nodeId()));
        });
        assertThat(fetched.get(1).values()).extracting(v -> v.value().toUtf8()).containsExactly("a");
        assertThat(overlay.await(client.overlay().fetch(carols, List.of(Query.all(SINGLE.id())))).get(0).values())
                .as("the client fetches through its admitting peer too").hasSize(1);
    }
}
