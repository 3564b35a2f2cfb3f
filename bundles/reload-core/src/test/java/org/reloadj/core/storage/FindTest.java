package org.reloadj.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.core.storage.StorageFixture.LIFETIME;
import static org.reloadj.core.storage.StorageFixture.NODE;
import static org.reloadj.core.storage.StorageFixture.SINGLE;
import static org.reloadj.core.storage.StorageFixture.kindData;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.api.ReloadException;
import org.reloadj.api.ResourceId;
import org.reloadj.api.kind.KindDefinition;
import org.reloadj.api.registry.AccessControlPolicy;
import org.reloadj.api.registry.DataModel;
import org.reloadj.wire.body.FindReq;
import org.reloadj.wire.storage.FindKindData;

/**
 * Find (RFC 6940, 7.4.4). The kinds here use NODE-MATCH so that a node's Resource-ID is where a
 * test wants it: each test node's id is chosen so that its hash lands at a known place.
 */
class FindTest {
    private static final ResourceId ZERO = ResourceId.fromHex("00000000000000000000000000000000");

    private final StorageFixture f = new StorageFixture();

    /** Stores a NODE-MATCH value of a node, whose hash is the Resource-ID it lands at. */
    private ResourceId storeAt(KindDefinition kind, int nodeNumber, long storageTime) throws ReloadException {
        NodeId node = NodeId.fromHex(String.format("%032x", nodeNumber));
        Writer w = Writer.ofNode(node);
        ResourceId resource = Sha1Hasher.INSTANCE.hash(node.bytes());
        f.store(resource, w, kindData(kind, 0, f.single(w, storageTime, "v")));
        return resource;
    }

    private ResourceId find(KindId kind, ResourceId from) {
        List<FindKindData> results = f.engine.find(new FindReq(from, List.of(kind))).results();
        assertThat(results).extracting(FindKindData::kind).containsExactly(kind);
        return results.get(0).closest();
    }

    private static ResourceId plusOne(ResourceId r) {
        byte[] b = r.bytes().toByteArray();
        for (int i = b.length - 1; i >= 0 && ++b[i] == 0; i--) {
            // carry
        }
        return ResourceId.of(b);
    }

    @Test
    void finds_the_first_resource_at_or_after_the_one_asked_for() throws ReloadException {
        List<ResourceId> stored = List.of(storeAt(NODE, 1, 1), storeAt(NODE, 2, 1), storeAt(NODE, 3, 1)).stream()
                .sorted().toList();

        assertThat(find(NODE.id(), stored.get(1))).isEqualTo(stored.get(1));
        assertThat(find(NODE.id(), plusOne(stored.get(0)))).isEqualTo(stored.get(1));
    }

    @Test
    void walking_with_nearest_of_one_plus_the_last_visits_every_resource_then_wraps() throws ReloadException {
        List<ResourceId> stored = List.of(storeAt(NODE, 1, 1), storeAt(NODE, 2, 1), storeAt(NODE, 3, 1)).stream()
                .sorted().toList();

        ResourceId first = find(NODE.id(), ZERO);
        ResourceId second = find(NODE.id(), plusOne(first));
        ResourceId third = find(NODE.id(), plusOne(second));
        assertThat(List.of(first, second, third)).isEqualTo(stored);
        assertThat(find(NODE.id(), plusOne(third))).as("round the ring").isEqualTo(first);
    }

    @Test
    void a_kind_with_nothing_stored_or_unknown_gets_resource_id_zero() throws ReloadException {
        storeAt(NODE, 1, 1);
        FindReq req = new FindReq(ZERO, List.of(SINGLE.id(), new KindId(99), NODE.id()));

        List<FindKindData> results = f.engine.find(req).results();
        assertThat(results).extracting(FindKindData::closest)
                .containsExactly(ZERO, ZERO, Sha1Hasher.INSTANCE.hash(NodeId.fromHex(String.format("%032x", 1)).bytes()));
    }

    @Test
    void different_kinds_have_different_closest_resources() throws ReloadException {
        KindDefinition other = KindDefinition.of(new KindId(0xF000_0300L), "OTHER-NODE", DataModel.SINGLE_VALUE,
                AccessControlPolicy.NODE_MATCH, 1, 16);
        f.kinds.set(f.kinds.get().withConfiguration(List.of(NODE, other)));
        ResourceId a = storeAt(NODE, 1, 1);
        ResourceId b = storeAt(other, 2, 1);

        List<FindKindData> results = f.engine.find(new FindReq(ZERO, List.of(NODE.id(), other.id()))).results();
        assertThat(results).extracting(FindKindData::closest).containsExactly(a, b);
    }

    @Test
    void expired_resources_are_not_found() throws ReloadException {
        ResourceId early = storeAt(NODE, 1, 1);
        f.clock.advance(Duration.ofSeconds(LIFETIME / 2));
        ResourceId late = storeAt(NODE, 2, 1);
        f.clock.advance(Duration.ofSeconds(LIFETIME / 2));

        assertThat(find(NODE.id(), early)).isEqualTo(late);
        assertThat(find(NODE.id(), plusOne(late))).isEqualTo(late);
        f.clock.advance(Duration.ofSeconds(LIFETIME));
        assertThat(find(NODE.id(), early)).isEqualTo(ZERO);
    }
}
