package org.reloadj.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.core.storage.StorageFixture.ALICE;
import static org.reloadj.core.storage.StorageFixture.ALICE_NODE;
import static org.reloadj.core.storage.StorageFixture.ALICE_RES;
import static org.reloadj.core.storage.StorageFixture.BOB;
import static org.reloadj.core.storage.StorageFixture.BOB_NODE;
import static org.reloadj.core.storage.StorageFixture.BOB_RES;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;
import org.reloadj.api.kind.KindDefinition;
import org.reloadj.api.registry.AccessControlPolicy;
import org.reloadj.api.registry.DataModel;
import org.reloadj.wire.storage.DataValue;
import org.reloadj.wire.storage.StoredDataValue;

class AccessControlTest {
    private static final StoredDataValue SINGLE = new StoredDataValue.SingleValue(DataValue.of(Opaque.utf8("v")));
    private static final AccessControl ACCESS = new AccessControl(Sha1Hasher.INSTANCE);

    private static final KindDefinition USER_MATCH = kind(DataModel.SINGLE_VALUE, AccessControlPolicy.USER_MATCH);

    private static KindDefinition kind(DataModel model, AccessControlPolicy policy) {
        return KindDefinition.of(new KindId(0xF000_0200L), "K", model, policy, 10, 10);
    }

    private static KindDefinition nodeMultiple(int max) {
        return new KindDefinition(new KindId(0xF000_0201L), "TURN-LIKE", DataModel.SINGLE_VALUE,
                AccessControlPolicy.NODE_MULTIPLE, 10, 10, max);
    }

    private static StoredDataValue entryKeyed(NodeId key) {
        return new StoredDataValue.DictionaryEntry(key.bytes(), DataValue.of(Opaque.utf8("v")));
    }

    @Test
    void user_match_lets_only_the_user_whose_name_hashes_to_the_resource_write() {
        assertThat(ACCESS.permits(USER_MATCH, ALICE_RES, SINGLE, ALICE)).isTrue();
        assertThat(ACCESS.permits(USER_MATCH, ALICE_RES, SINGLE, BOB)).isFalse();
        assertThat(ACCESS.permits(USER_MATCH, ALICE_RES, SINGLE, Writer.ofNode(ALICE_NODE)))
                .as("a certificate without a user name").isFalse();
    }

    @Test
    void node_match_lets_the_signing_node_whose_id_hashes_to_the_resource_write() {
        KindDefinition k = kind(DataModel.SINGLE_VALUE, AccessControlPolicy.NODE_MATCH);
        ResourceId aliceNodeRes = Sha1Hasher.INSTANCE.hash(ALICE_NODE.bytes());
        assertThat(ACCESS.permits(k, aliceNodeRes, SINGLE, ALICE)).isTrue();
        assertThat(ACCESS.permits(k, aliceNodeRes, SINGLE, BOB)).isFalse();
    }

    @Test
    void node_match_needs_the_node_id_the_signer_identity_names_not_another_of_the_certificate() {
        KindDefinition k = kind(DataModel.SINGLE_VALUE, AccessControlPolicy.NODE_MATCH);
        Writer twoNodesSigningAsBob = new Writer(Optional.empty(), List.of(ALICE_NODE, BOB_NODE), BOB_NODE);
        ResourceId aliceNodeRes = Sha1Hasher.INSTANCE.hash(ALICE_NODE.bytes());
        assertThat(ACCESS.permits(k, aliceNodeRes, SINGLE, twoNodesSigningAsBob)).isFalse();
    }

    @Test
    void user_node_match_needs_the_user_and_a_dictionary_key_equal_to_the_signing_node_id() {
        KindDefinition k = kind(DataModel.DICTIONARY, AccessControlPolicy.USER_NODE_MATCH);
        assertThat(ACCESS.permits(k, ALICE_RES, entryKeyed(ALICE_NODE), ALICE)).isTrue();
        assertThat(ACCESS.permits(k, ALICE_RES, entryKeyed(BOB_NODE), ALICE)).as("another node's key").isFalse();
        assertThat(ACCESS.permits(k, BOB_RES, entryKeyed(ALICE_NODE), ALICE)).as("another user's resource").isFalse();
    }

    @Test
    void node_multiple_accepts_every_i_up_to_max_node_multiple() {
        ResourceId third = Sha1Hasher.INSTANCE.hash(AccessControl.nodeMultipleName(ALICE_NODE, 3));
        assertThat(ACCESS.permits(nodeMultiple(3), third, SINGLE, ALICE)).isTrue();
        assertThat(ACCESS.permits(nodeMultiple(2), third, SINGLE, ALICE)).as("i above the maximum").isFalse();
        assertThat(ACCESS.permits(nodeMultiple(3), third, SINGLE, BOB)).as("another node").isFalse();
    }

    @Test
    void the_node_multiple_name_is_the_node_id_then_i_as_one_byte() {
        Opaque name = AccessControl.nodeMultipleName(ALICE_NODE, 20);
        assertThat(name.toHex()).isEqualTo(ALICE_NODE.bytes().toHex() + "14");
    }

    @Test
    void user_node_match_on_a_non_dictionary_kind_and_exp_match_permit_nothing() {
        KindDefinition userNodeSingle = kind(DataModel.SINGLE_VALUE, AccessControlPolicy.USER_NODE_MATCH);
        KindDefinition exp = kind(DataModel.SINGLE_VALUE, AccessControlPolicy.EXP_MATCH);
        assertThat(ACCESS.permits(userNodeSingle, ALICE_RES, SINGLE, ALICE)).isFalse();
        assertThat(ACCESS.permits(exp, ALICE_RES, SINGLE, ALICE)).isFalse();
    }

    @Test
    void a_violation_is_error_forbidden() {
        StorageException e = StorageFixture.refused(ErrorCode.ERROR_FORBIDDEN,
                () -> ACCESS.check(USER_MATCH, ALICE_RES, SINGLE, BOB));
        assertThat(e.getMessage()).contains("USER-MATCH", "bob@example.com");
    }
}
